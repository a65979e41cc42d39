namespace PipWatch.Notifications.Content.Ops;

/// <summary>Builds the ops alert from the problems the worker collected.</summary>
internal sealed class OpsAlertBuilder(ContentContext context)
{
    public ContentDraft Build()
    {
        var issues = context.Request.OpsIssues
            .Select(i => new OpsIssueLine(Clean(i.Topic, "(general)"), Clean(i.Problem, "(no description)"), string.IsNullOrWhiteSpace(i.Action) ? null : i.Action.Trim()))
            .ToList();
        var count = issues.Count == 1 ? "1 problem needs" : $"{context.Format.Whole(issues.Count)} problems need";
        var subject = $"PipWatch ops — {count} attention";
        var intro = "PipWatch found the problems below. Other plans and mail carry on as normal; these need a person to fix them.";
        var model = new OpsAlertEmail(subject, $"{count} attention.", context.RecipientName, context.DataAsOf, intro, issues);
        return new ContentDraft(model, subject);
    }

    private static string Clean(string? text, string fallback) => string.IsNullOrWhiteSpace(text) ? fallback : text.Trim();
}
