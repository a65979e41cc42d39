namespace PipWatch.Notifications.Templates;

/// <summary>
/// One kind of email: its <c>NAME.html.liquid</c> and <c>NAME.txt.liquid</c> templates, and a realistic sample
/// model that validation renders, so an override that breaks or renders nothing is caught before the worker starts.
/// </summary>
public sealed record EmailTemplate(string Name, object SampleModel)
{
    public string HtmlFile => $"{Name}.html.liquid";

    public string TextFile => $"{Name}.txt.liquid";
}
