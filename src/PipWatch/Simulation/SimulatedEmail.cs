using PipWatch.Core.Planning;
using PipWatch.Core.Settings;
using PipWatch.Pipeline;

namespace PipWatch.Simulation;

/// <summary>A notification the replay created with its local day in the window: an email that would have gone out.</summary>
/// <param name="Kind">The outbox key of its kind, e.g. <c>manager_digest</c>.</param>
/// <param name="Day">The local day it belongs to (the recipient's for scheduled notes, the rep's for warnings and celebrations).</param>
/// <param name="At">The simulated instant it was created.</param>
public sealed record SimulatedEmail(
    string Kind, DateOnly Day, DateOnly WeekStart, DateTimeOffset At, IReadOnlyList<Addressee> Recipients, SimulatedWarning? Warning)
{
    public static SimulatedEmail From(CreatedNotification created, DateTimeOffset at, CalendarSettings calendar)
    {
        var planned = created.Planned;
        var people = planned.To.Concat(planned.Cc).Where(p => p.Email is not null).ToList();
        List<Addressee> recipients = [.. created.Stored.Recipients
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(address => new Addressee(address, people.FirstOrDefault(p => string.Equals(p.Email, address, StringComparison.OrdinalIgnoreCase))?.Name ?? address))];
        var weekStart = calendar.WeekStartOf(planned.LocalDay);
        var warning = planned is { Kind: NotificationKind.AtRiskWarning, Warning: { } change }
            ? SimulatedWarning.From(planned, change, weekStart, at, recipients)
            : null;
        return new SimulatedEmail(created.Stored.Kind, planned.LocalDay, weekStart, at, recipients, warning);
    }
}
