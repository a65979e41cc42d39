using System.Text.Json.Serialization;
using PipWatch.Core.Evaluation;

namespace PipWatch.Core.Planning;

[JsonConverter(typeof(SnakeCaseEnumConverter<NotificationKind>))]
public enum NotificationKind
{
    /// <summary>A manager's (or watcher's) daily digest of their plans.</summary>
    ManagerDigest,

    /// <summary>A rep's weekly progress note on their own plan.</summary>
    RepWeekly,

    /// <summary>A milestone reached, to the rep (manager in copy per configuration).</summary>
    Celebration,

    /// <summary>A must-have target fell behind, to the manager (rep in copy per configuration).</summary>
    AtRiskWarning,

    /// <summary>The plan's start, to the rep.</summary>
    KickoffRep,

    /// <summary>The plan's start, to the manager (with the realism check).</summary>
    KickoffManager,

    /// <summary>"Has the check-in within 24 hours of the start happened?", to the manager.</summary>
    CheckInReminder,

    /// <summary>The plan ends in a few working days; prepare the decision.</summary>
    EndingSoon,

    /// <summary>The outcome per target and the recommended next step, after the end.</summary>
    OffRampReport,

    /// <summary>A passed plan's metrics fell back below its goals during the watch.</summary>
    RelapseWarning,

    /// <summary>Something ops must fix (a manager PipWatch cannot write to).</summary>
    OpsAlert,
}
