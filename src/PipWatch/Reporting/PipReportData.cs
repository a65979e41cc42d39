using PipWatch.Configuration.Settings;
using PipWatch.Core.Evaluation;
using PipWatch.Core.Metrics;
using PipWatch.Core.Plans;
using PipWatch.Storage.Audit;
using PipWatch.Storage.Evaluations;
using PipWatch.Storage.Milestones;
using PipWatch.Storage.Reporting;

namespace PipWatch.Reporting;

/// <summary>Everything the documentation report of one plan shows, read from its plan file and the state database.</summary>
public sealed record PipReportData
{
    public required string PipId { get; init; }

    public required DateTimeOffset GeneratedAt { get; init; }

    public required PipWatchSettings Settings { get; init; }

    /// <summary>The plan as its file defines it now (original dates and targets, and every amendment); null when the file is gone or invalid.</summary>
    public Pip? Plan { get; init; }

    /// <summary>Why a file that looks like this plan's could not be read, so the report can say so.</summary>
    public IReadOnlyList<string> PlanFileProblems { get; init; } = [];

    /// <summary>Where the state was read, e.g. "PostgreSQL" or "SQLite file /var/lib/pipwatch/pipwatch.db".</summary>
    public required string StateSource { get; init; }

    /// <summary>False when there is no state database yet (an embedded file never created): only the plan can be shown.</summary>
    public bool StateAvailable { get; init; } = true;

    public IReadOnlyList<EvaluationRecord> Evaluations { get; init; } = [];

    public IReadOnlyList<ReportedNotification> Notifications { get; init; } = [];

    /// <summary>Digests that covered this plan together with others (matched by recipient and date; content not shown).</summary>
    public IReadOnlyList<SharedDigest> SharedDigests { get; init; } = [];

    public IReadOnlyList<AuditEntry> Audit { get; init; } = [];

    public IReadOnlyList<FiredMilestone> Milestones { get; init; } = [];

    /// <summary>Weekly targets' weeks recounted from the stored daily values, by target id; empty when they cannot be.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<WeekResult>> Weeks { get; init; } = new Dictionary<string, IReadOnlyList<WeekResult>>();

    /// <summary>The metric's label from the catalogue ("Calls"), or its name when the catalogue no longer has it.</summary>
    public string MetricLabel(string metric) => Settings.Metrics.TryGetValue(metric, out var definition) ? definition.Label : metric;

    public MetricUnit MetricUnit(string metric) => Settings.Metrics.TryGetValue(metric, out var definition) ? definition.Unit : Core.Metrics.MetricUnit.Count;

    public string CurrencyCode => Settings.Email.CurrencyCode;
}
