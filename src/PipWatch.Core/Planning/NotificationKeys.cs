using System.Globalization;
using PipWatch.Core.Evaluation;

namespace PipWatch.Core.Planning;

/// <summary>
/// The idempotency keys of planned notifications. They are stored and compared for ever, so dates are written with
/// the invariant culture whatever the machine's locale.
/// </summary>
public static class NotificationKeys
{
    public static string Digest(string userId, DateOnly localDay) => Format($"digest:{userId}:{localDay:yyyy-MM-dd}");

    public static string RepWeekly(string pipId, DateOnly weekStart) => Format($"weekly:{pipId}:{weekStart:yyyy-MM-dd}");

    public static string Celebration(string pipId, string milestoneKey) => Format($"milestone:{pipId}:{milestoneKey}");

    public static string AtRisk(string pipId, string targetId, DateOnly localDay, TargetStatus status) =>
        Format($"atrisk:{pipId}:{targetId}:{localDay:yyyy-MM-dd}:{status.ToKey()}");

    public static string KickoffRep(string pipId) => Format($"kickoff:{pipId}:rep");

    public static string KickoffManager(string pipId) => Format($"kickoff:{pipId}:manager");

    public static string CheckIn(string pipId) => Format($"checkin:{pipId}");

    public static string EndingSoon(string pipId, DateOnly end) => Format($"ending-soon:{pipId}:{end:yyyy-MM-dd}");

    public static string OffRamp(string pipId, DateOnly end) => Format($"offramp:{pipId}:{end:yyyy-MM-dd}");

    public static string Relapse(string pipId, DateOnly weekStart) => Format($"relapse:{pipId}:{weekStart:yyyy-MM-dd}");

    public static string ManagerWithoutEmail(string pipId, DateOnly localDay) => Format($"ops:no-manager-email:{pipId}:{localDay:yyyy-MM-dd}");

    private static string Format(FormattableString key) => key.ToString(CultureInfo.InvariantCulture);
}
