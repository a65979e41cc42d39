namespace PipWatch.Notifications.Templates;

/// <summary>The two alternative bodies of one email, as rendered from its templates and layouts.</summary>
public sealed record RenderedEmail(string Html, string Text);
