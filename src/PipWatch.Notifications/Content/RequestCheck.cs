using PipWatch.Notifications.Content.Requests;

namespace PipWatch.Notifications.Content;

/// <summary>Checks a request before anything is rendered, with messages that name the email and what is wrong.</summary>
internal static class RequestCheck
{
    public static void Validate(NotificationRequest request)
    {
        var key = string.IsNullOrWhiteSpace(request.IdempotencyKey) ? "(no idempotency key)" : request.IdempotencyKey;
        void Fail(string problem) => throw new ArgumentException($"The {request.Kind.ToKey()} email '{key}' cannot be composed: {problem}.", nameof(request));

        if (string.IsNullOrWhiteSpace(request.IdempotencyKey))
        {
            Fail("it has no idempotency key");
        }

        if (request.To.Count == 0)
        {
            Fail("it has no recipient");
        }

        foreach (var recipient in request.To.Concat(request.Cc))
        {
            if (string.IsNullOrWhiteSpace(recipient.Email))
            {
                Fail($"the recipient '{recipient.Name}' has no email address");
            }
        }

        switch (request.Kind)
        {
            case NotificationKind.ManagerDigest when request.Plans.Count == 0:
                Fail("a digest needs at least one plan");
                break;
            case NotificationKind.OpsAlert when request.OpsIssues.Count == 0:
                Fail("an ops alert needs at least one issue");
                break;
            case NotificationKind.OpsAlert when request.Plans.Count > 0:
                Fail("an ops alert carries no plan figures; pass the problems as OpsIssues");
                break;
            case not (NotificationKind.ManagerDigest or NotificationKind.OpsAlert) when request.Plans.Count != 1:
                Fail($"this kind speaks about exactly one plan, and {request.Plans.Count} were given");
                break;
            case NotificationKind.Celebration when request.Milestone is null:
                Fail("a celebration needs the milestone reached");
                break;
            case NotificationKind.AtRiskWarning or NotificationKind.RepAtRiskNote when request.Warning is null:
                Fail("a warning needs the target and its old and new status");
                break;
            case NotificationKind.RelapseWarning when request.Relapse is null:
                Fail("a relapse warning needs the relapse report");
                break;
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var plan in request.Plans)
        {
            if (!ids.Add(plan.PipId))
            {
                Fail($"plan '{plan.PipId}' is given twice");
            }

            if (plan.Previous is { } previous && previous.PipId != plan.PipId)
            {
                Fail($"the previous evaluation given for plan '{plan.PipId}' belongs to plan '{previous.PipId}'");
            }
        }

        if (request.Warning is { } warning && request.Plans.Count == 1 && request.Plans[0].Evaluation.FindTarget(warning.TargetId) is null)
        {
            Fail($"the warning is about target '{warning.TargetId}', which plan '{request.Plans[0].PipId}' does not have");
        }

        if (request.Relapse is { } relapse && request.Plans.Count == 1 && relapse.PipId != request.Plans[0].PipId)
        {
            Fail($"the relapse report is for plan '{relapse.PipId}', not '{request.Plans[0].PipId}'");
        }
    }
}
