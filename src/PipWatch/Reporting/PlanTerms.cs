using PipWatch.Core.Plans;

namespace PipWatch.Reporting;

/// <summary>What a plan file says once its amendments are applied, read without evaluating anything.</summary>
public static class PlanTerms
{
    /// <summary>The last day of the plan once every amendment that moves the end applies.</summary>
    public static DateOnly FinalEnd(Pip pip) =>
        pip.Amendments.OrderBy(a => a.EffectiveDate).Aggregate(pip.End, (end, amendment) => amendment.NewEndDate ?? end);

    /// <summary>
    /// The plan as started (index 0) and after each amendment in date order; null when the amendments do not apply
    /// cleanly, which the configuration check would normally have refused.
    /// </summary>
    public static IReadOnlyList<EffectivePlan>? Versions(Pip pip)
    {
        try
        {
            return EffectivePlan.Versions(pip);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Every target the plan ever had (as started, then those added by amendments), in that order.</summary>
    public static IReadOnlyList<Target> AllTargets(Pip pip) =>
        [.. pip.Targets.Concat(pip.Amendments.OrderBy(a => a.EffectiveDate).SelectMany(a => a.AddedTargets))
            .DistinctBy(t => t.Id, StringComparer.Ordinal)];
}
