namespace PipWatch.Notifications.Templates;

/// <summary>
/// Thrown when a template fails while rendering or renders nothing. Rendering never falls back to an empty body:
/// an email that cannot be rendered is an error the caller must see.
/// </summary>
public sealed class TemplateRenderException : Exception
{
    public TemplateRenderException(string templateFile, string message, Exception? innerException = null)
        : base($"{templateFile}: {message}", innerException)
    {
        TemplateFile = templateFile;
        Reason = message;
    }

    public TemplateRenderException()
        : this("(unknown template)", "rendering failed")
    {
    }

    public TemplateRenderException(string message)
        : this("(unknown template)", message)
    {
    }

    public TemplateRenderException(string message, Exception innerException)
        : this("(unknown template)", message, innerException)
    {
    }

    /// <summary>The template file that failed, e.g. <c>example.html.liquid</c>.</summary>
    public string TemplateFile { get; }

    public string Reason { get; }

    /// <summary>The variable or filter name in the template that caused the failure, when one did.</summary>
    public string? OffendingName { get; init; }
}
