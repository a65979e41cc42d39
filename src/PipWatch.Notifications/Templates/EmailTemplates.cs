using PipWatch.Notifications.Templates.Example;

namespace PipWatch.Notifications.Templates;

/// <summary>Every kind of email PipWatch renders. Validation renders each one's sample through any overrides.</summary>
public static class EmailTemplates
{
    public static EmailTemplate Example { get; } = new("example", ExampleEmail.Sample);

    public static IReadOnlyList<EmailTemplate> All { get; } = [Example];
}
