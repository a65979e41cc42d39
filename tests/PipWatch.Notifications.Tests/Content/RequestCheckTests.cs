using PipWatch.Notifications.Content;
using PipWatch.Notifications.Content.Requests;
using PipWatch.Notifications.Templates;
using PipWatch.Notifications.Tests.Content.Builders;

namespace PipWatch.Notifications.Tests.Content;

/// <summary>A request that cannot make a sound email is refused with a message naming the email and the problem.</summary>
public sealed class RequestCheckTests
{
    private static readonly EmailComposer Composer = new(TemplateCatalog.Defaults);

    public static TheoryData<string, string> BadRequests() => new()
    {
        { "no recipient", "it has no recipient" },
        { "blank address", "the recipient 'Dana Whitfield' has no email address" },
        { "no key", "it has no idempotency key" },
        { "celebration without milestone", "a celebration needs the milestone reached" },
        { "warning without change", "a warning needs the target and its old and new status" },
        { "warning about unknown target", "the warning is about target 'nope', which plan 'pip-jordan' does not have" },
        { "relapse without report", "a relapse warning needs the relapse report" },
        { "digest without plans", "a digest needs at least one plan" },
        { "plan twice", "plan 'pip-jordan' is given twice" },
        { "ops without issues", "an ops alert needs at least one issue" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public void Bad_Requests_Are_Refused_With_A_Clear_Message(string problem, string message)
    {
        // Arrange
        var plan = ContentCases.Realistic();
        var digest = ContentCases.Request(NotificationKind.ManagerDigest, plan);
        var request = problem switch
        {
            "no recipient" => digest with { To = [] },
            "blank address" => digest with { To = [ContentCases.Manager with { Email = " " }] },
            "no key" => digest with { IdempotencyKey = "" },
            "celebration without milestone" => ContentCases.Request(NotificationKind.Celebration, plan) with { Milestone = null },
            "warning without change" => ContentCases.Request(NotificationKind.AtRiskWarning, plan) with { Warning = null },
            "warning about unknown target" => ContentCases.Request(NotificationKind.AtRiskWarning, plan) with
            {
                Warning = new StatusChange("nope", Core.Evaluation.TargetStatus.OnTrack, Core.Evaluation.TargetStatus.AtRisk),
            },
            "relapse without report" => ContentCases.Request(NotificationKind.RelapseWarning, plan) with { Relapse = null },
            "digest without plans" => digest with { Plans = [] },
            "plan twice" => digest with { Plans = [digest.Plans[0], digest.Plans[0]] },
            _ => ContentCases.Request(NotificationKind.OpsAlert, plan) with { OpsIssues = [] },
        };

        // Act
        var failure = Should.Throw<ArgumentException>(() => Composer.Compose(request));

        // Assert
        failure.Message.ShouldContain(message);
        failure.Message.ShouldContain(request.Kind.ToKey());
    }
}
