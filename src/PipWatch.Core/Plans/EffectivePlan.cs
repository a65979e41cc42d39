namespace PipWatch.Core.Plans;

/// <summary>
/// A plan as it stands on one local day: the original file with every amendment dated on or before that day
/// applied in date order. Evaluation before an amendment's date never sees it.
/// </summary>
public sealed record EffectivePlan(
    Pip Pip,
    DateOnly Start,
    DateOnly End,
    IReadOnlyList<EffectiveTarget> Targets,
    IReadOnlyList<Amendment> AmendmentsInForce,
    IReadOnlyList<string> DroppedTargetIds)
{
    /// <summary>The plan in force on the rep's local day <paramref name="localDay"/>.</summary>
    public static EffectivePlan AsOf(Pip pip, DateOnly localDay)
    {
        var versions = Versions(pip);
        var inForce = 0;
        foreach (var amendment in pip.Amendments)
        {
            inForce += amendment.EffectiveDate <= localDay ? 1 : 0;
        }

        return versions[inForce];
    }

    /// <summary>Every version of the plan: index k has the first k amendments (by date) applied. Validates them all.</summary>
    public static IReadOnlyList<EffectivePlan> Versions(Pip pip)
    {
        var where = string.IsNullOrEmpty(pip.SourceFile) ? $"Plan '{pip.Id}'" : $"Plan '{pip.Id}' ({pip.SourceFile})";
        if (pip.End < pip.Start)
        {
            throw new ArgumentException($"{where} ends on {pip.End:yyyy-MM-dd}, before it starts on {pip.Start:yyyy-MM-dd}.", nameof(pip));
        }

        var targets = new List<EffectiveTarget>();
        foreach (var target in pip.Targets)
        {
            CheckGoal(where, target.Id, target.Goal);
            if (targets.Exists(t => t.Id == target.Id))
            {
                throw new ArgumentException($"{where} has two targets with the id '{target.Id}'; give one an explicit id.", nameof(pip));
            }

            targets.Add(new EffectiveTarget(target, pip.Start, [new GoalPeriod(pip.Start, target.Goal)]));
        }

        var current = new EffectivePlan(pip, pip.Start, pip.End, targets, [], []);
        var versions = new List<EffectivePlan> { current };
        foreach (var amendment in pip.Amendments.OrderBy(a => a.EffectiveDate))
        {
            current = current.Apply(amendment, where);
            versions.Add(current);
        }

        return versions;
    }

    public EffectiveTarget? FindTarget(string targetId)
    {
        foreach (var target in Targets)
        {
            if (target.Id == targetId)
            {
                return target;
            }
        }

        return null;
    }

    private static void CheckGoal(string where, string targetId, double goal)
    {
        if (!double.IsFinite(goal) || goal < 0)
        {
            throw new ArgumentException($"{where}: target '{targetId}' has goal {goal}; a goal must be a number of zero or more.");
        }
    }

    private EffectivePlan Apply(Amendment amendment, string where)
    {
        var what = $"{where}, amendment of {amendment.EffectiveDate:yyyy-MM-dd}";
        var end = amendment.NewEndDate ?? End;
        if (end < Start)
        {
            throw new ArgumentException($"{what} moves the end to {end:yyyy-MM-dd}, before the plan starts on {Start:yyyy-MM-dd}.");
        }

        var targets = new List<EffectiveTarget>(Targets);
        foreach (var change in amendment.GoalChanges)
        {
            CheckGoal(what, change.TargetId, change.NewGoal);
            var index = targets.FindIndex(t => t.Id == change.TargetId);
            if (index < 0)
            {
                throw new ArgumentException($"{what} changes the goal of target '{change.TargetId}', which the plan does not have on that date.");
            }

            var old = targets[index];
            var from = amendment.EffectiveDate > old.Start ? amendment.EffectiveDate : old.Start;
            targets[index] = old with
            {
                Target = old.Target with { Goal = change.NewGoal },
                Goals = [.. old.Goals, new GoalPeriod(from, change.NewGoal)],
            };
        }

        var dropped = new List<string>(DroppedTargetIds);
        foreach (var id in amendment.DroppedTargetIds)
        {
            if (targets.RemoveAll(t => t.Id == id) == 0)
            {
                throw new ArgumentException($"{what} drops target '{id}', which the plan does not have on that date.");
            }

            dropped.Add(id);
        }

        foreach (var added in amendment.AddedTargets)
        {
            CheckGoal(what, added.Id, added.Goal);
            if (targets.Exists(t => t.Id == added.Id))
            {
                throw new ArgumentException($"{what} adds target '{added.Id}', but the plan already has a target with that id.");
            }

            var start = amendment.EffectiveDate > Start ? amendment.EffectiveDate : Start;
            if (start > end)
            {
                throw new ArgumentException($"{what} adds target '{added.Id}' from {start:yyyy-MM-dd}, after the plan ends on {end:yyyy-MM-dd}.");
            }

            targets.Add(new EffectiveTarget(added, start, [new GoalPeriod(start, added.Goal)]));
        }

        return new EffectivePlan(Pip, Start, end, targets, [.. AmendmentsInForce, amendment], dropped);
    }
}
