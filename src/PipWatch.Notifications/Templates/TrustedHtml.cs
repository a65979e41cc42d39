namespace PipWatch.Notifications.Templates;

/// <summary>
/// An HTML fragment that PipWatch itself produced (a chart tag, a progress bar) and that HTML templates output as is.
/// It is the only way to emit markup from a value: every other value is HTML-encoded, and the Liquid <c>raw</c> filter
/// is disabled, so data from Salesforce can never reach an email unescaped by a template author's slip.
/// </summary>
public sealed record TrustedHtml(string Html)
{
    public override string ToString() => Html;
}
