using PipWatch.Configuration.Binding;
using PipWatch.Configuration.Plans;
using PipWatch.Core.Plans;

namespace PipWatch.Configuration.Loading;

/// <summary>
/// Checks that need all plans at once. Both files of a clash are reported and skipped: which one is right is for
/// ops to decide, and running either could send a rep mail about the wrong plan.
/// </summary>
internal static class CrossPipChecks
{
    public static void Apply(IReadOnlyList<PipDraft> drafts)
    {
        var valid = drafts.Where(d => d.Pip is not null && d.Problems.Count == 0).ToList();
        var clashes = new List<Action>();

        for (var i = 0; i < valid.Count; i++)
        {
            for (var j = i + 1; j < valid.Count; j++)
            {
                var (a, b) = (valid[i], valid[j]);
                if (string.Equals(a.Pip!.Id, b.Pip!.Id, StringComparison.OrdinalIgnoreCase))
                {
                    clashes.Add(() => a.Problems.Add(a.IdLocation, "id", SameId(a.Pip, b)));
                    clashes.Add(() => b.Problems.Add(b.IdLocation, "id", SameId(b.Pip, a)));
                }
                else if (Active(a.Pip) && Active(b.Pip) && UserReferences.Same(a.Pip.Rep.Value, b.Pip.Rep.Value) && Overlap(a.Pip, b.Pip))
                {
                    clashes.Add(() => a.Problems.Add(a.RepLocation, "rep", Overlapping(a.Pip, b)));
                    clashes.Add(() => b.Problems.Add(b.RepLocation, "rep", Overlapping(b.Pip, a)));
                }
            }
        }

        // Reported after the scan, so a file that clashes twice is still compared with every other file.
        foreach (var report in clashes)
        {
            report();
        }
    }

    private static bool Active(Pip pip) => pip.Decision is null;

    private static bool Overlap(Pip a, Pip b) => a.Start <= PipBinder.FinalEnd(b) && b.Start <= PipBinder.FinalEnd(a);

    private static string SameId(Pip pip, PipDraft other) =>
        $"the id '{pip.Id}' is also used in {other.IdLocation}; plan ids must be unique, so both files are skipped until one is renamed";

    private static string Overlapping(Pip pip, PipDraft other) =>
        $"this plan ({Span(pip)}) overlaps plan '{other.Pip!.Id}' ({Span(other.Pip)}) in {other.RepLocation} for the same rep; " +
        "a rep has one active plan at a time: record a decision on the earlier one or move the dates (both files are skipped until then)";

    private static string Span(Pip pip) => $"{pip.Start:yyyy-MM-dd} to {PipBinder.FinalEnd(pip):yyyy-MM-dd}";
}
