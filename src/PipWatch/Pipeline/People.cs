using PipWatch.Core.Planning;
using PipWatch.Salesforce.Users;

namespace PipWatch.Pipeline;

/// <summary>Turns the org's users into the people notifications go to.</summary>
public static class People
{
    public const string DefaultLocale = "en_US";

    public static PersonRef? Rep(ResolvedPlan plan) =>
        plan.People.Rep is { } rep ? Person(rep, plan.Zone.Id) : null;

    public static PersonRef? Manager(ResolvedPlan plan) =>
        plan.People.Manager is { } manager ? Person(manager, plan.Zone.Id) : null;

    /// <summary>
    /// Watchers named by email get mail in the plan's zone; watchers named by Salesforce Id would need another
    /// directory lookup, which the connector does not make yet, so they are left out (and ops see it in validate).
    /// </summary>
    public static IReadOnlyList<PersonRef> Watchers(ResolvedPlan plan) =>
        [.. plan.Pip.Watchers
            .Where(w => w.Contains('@', StringComparison.Ordinal))
            .Select(w => new PersonRef(w, w, w, plan.Zone.Id, DefaultLocale, true))];

    private static PersonRef Person(SalesforceUser user, string fallbackZone) => new(
        user.Id,
        user.Name ?? user.Username ?? user.Email ?? user.Id,
        user.Email,
        user.TimeZoneSidKey is { Length: > 0 } zone ? zone : fallbackZone,
        user.LocaleSidKey is { Length: > 0 } locale ? locale : DefaultLocale,
        user.IsActive);
}
