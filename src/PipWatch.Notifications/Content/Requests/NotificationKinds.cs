namespace PipWatch.Notifications.Content.Requests;

/// <summary>Keys, template names and audiences of the notification kinds.</summary>
public static class NotificationKinds
{
    /// <summary>The snake_case key stored with the outbox row and used in idempotency keys, e.g. <c>manager_digest</c>.</summary>
    public static string ToKey(this NotificationKind kind) => kind switch
    {
        NotificationKind.ManagerDigest => "manager_digest",
        NotificationKind.RepWeekly => "rep_weekly",
        NotificationKind.Celebration => "celebration",
        NotificationKind.AtRiskWarning => "at_risk_warning",
        NotificationKind.RepAtRiskNote => "rep_at_risk_note",
        NotificationKind.RepKickoff => "rep_kickoff",
        NotificationKind.ManagerKickoff => "manager_kickoff",
        NotificationKind.CheckInReminder => "check_in_reminder",
        NotificationKind.EndingSoon => "ending_soon",
        NotificationKind.OffRampReport => "off_ramp_report",
        NotificationKind.RelapseWarning => "relapse_warning",
        NotificationKind.OpsAlert => "ops_alert",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown notification kind."),
    };

    /// <summary>The template pair's name: <c>{name}.html.liquid</c> and <c>{name}.txt.liquid</c>.</summary>
    public static string TemplateName(this NotificationKind kind) => kind.ToKey();

    /// <summary>True for mail the rep receives: it carries only their own figures and says "PIP" only when configured.</summary>
    public static bool IsRepFacing(this NotificationKind kind) =>
        kind is NotificationKind.RepWeekly or NotificationKind.Celebration or NotificationKind.RepAtRiskNote or NotificationKind.RepKickoff;
}
