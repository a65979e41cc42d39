namespace PipWatch.Core.Evaluation;

/// <summary>The small, serialisable memory of a plan's last evaluation, stored by the worker and passed to the next one.</summary>
public sealed record EvaluationState(string PipId, DateTimeOffset AsOf, DateOnly LocalDay, IReadOnlyList<TargetState> Targets)
{
    public TargetState? Find(string targetId)
    {
        foreach (var target in Targets)
        {
            if (target.TargetId == targetId)
            {
                return target;
            }
        }

        return null;
    }
}
