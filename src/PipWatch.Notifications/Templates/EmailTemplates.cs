using PipWatch.Notifications.Content.Requests;
using PipWatch.Notifications.Content.Samples;
using PipWatch.Notifications.Templates.Example;

namespace PipWatch.Notifications.Templates;

/// <summary>Every kind of email PipWatch renders. Validation renders each one's sample through any overrides.</summary>
public static class EmailTemplates
{
    public static EmailTemplate Example { get; } = new("example", ExampleEmail.Sample);

    /// <summary>One template pair per notification kind, each with a sample built by the real evaluation.</summary>
    public static IReadOnlyList<EmailTemplate> Kinds { get; } =
        [.. Enum.GetValues<NotificationKind>().Select(kind => new EmailTemplate(kind.TemplateName(), ContentSamples.Model(kind)))];

    public static IReadOnlyList<EmailTemplate> All { get; } = [Example, .. Kinds];

    /// <summary>The template pair of a notification kind.</summary>
    public static EmailTemplate For(NotificationKind kind) => Kinds.First(template => template.Name == kind.TemplateName());
}
