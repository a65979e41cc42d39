namespace PipWatch.Reporting;

/// <summary>A plan's report data, or, when no plan has that id, the known ids closest to it.</summary>
public sealed record PipReportLookup(PipReportData? Data, IReadOnlyList<string> NearestIds, IReadOnlyList<string> PlanFileProblems)
{
    public static PipReportLookup Found(PipReportData data) => new(data, [], []);

    public static PipReportLookup NotFound(IReadOnlyList<string> nearest, IReadOnlyList<string> planFileProblems) => new(null, nearest, planFileProblems);
}
