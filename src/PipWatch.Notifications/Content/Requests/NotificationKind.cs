namespace PipWatch.Notifications.Content.Requests;

/// <summary>Every kind of email PipWatch composes. Each kind has one template pair and one audience.</summary>
public enum NotificationKind
{
    /// <summary>The manager's (or a watcher's) daily overview of their reps' plans.</summary>
    ManagerDigest,

    /// <summary>A rep's own weekly progress.</summary>
    RepWeekly,

    /// <summary>A milestone reached, to the rep (the manager in copy when configured).</summary>
    Celebration,

    /// <summary>A must-have target fell behind; to the manager.</summary>
    AtRiskWarning,

    /// <summary>The same fall, told to the rep when ops copy reps on warnings.</summary>
    RepAtRiskNote,

    /// <summary>The plan starts today; the rep's version.</summary>
    RepKickoff,

    /// <summary>The plan starts today; the manager's version, with the realism check of every goal.</summary>
    ManagerKickoff,

    /// <summary>The first working day after the start: has the 24-hour check-in happened?</summary>
    CheckInReminder,

    /// <summary>A few working days remain: prepare the decision.</summary>
    EndingSoon,

    /// <summary>The plan has ended: outcome per target and the recommended next step.</summary>
    OffRampReport,

    /// <summary>After a passed plan, the rep has fallen below the plan's goals again.</summary>
    RelapseWarning,

    /// <summary>Something ops must act on: a manager without an email, mail that cannot be delivered.</summary>
    OpsAlert,
}
