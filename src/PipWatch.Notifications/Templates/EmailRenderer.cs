using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using Fluid;
using Fluid.Values;

namespace PipWatch.Notifications.Templates;

/// <summary>
/// Renders one email's HTML and text bodies from the catalog, in the recipient's culture and time zone.
/// </summary>
/// <remarks>
/// The kind's template renders first and may <c>{% assign title = … %}</c> and <c>{% assign preheader = … %}</c>;
/// the layout (<c>_layout.html.liquid</c>, <c>_layout.txt.liquid</c>) then wraps it, reading those and the
/// rendered <c>body</c>. HTML output encodes every value; text output encodes nothing.
/// </remarks>
public sealed partial class EmailRenderer(TemplateCatalog catalog)
{
    // Encodes < > & " ' and + always, but leaves letters of every script readable in the source.
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    // Names the layouts may read that a kind's template sets only when it wants to.
    private static readonly HashSet<string> OptionalLayoutValues = new(StringComparer.OrdinalIgnoreCase) { "title", "preheader" };

    public RenderedEmail Render(EmailTemplate template, object model, RecipientLocale locale) =>
        Render(template.Name, model, locale);

    /// <summary>Renders both bodies. Throws <see cref="TemplateRenderException"/> rather than return an empty one.</summary>
    public RenderedEmail Render(string templateName, object model, RecipientLocale locale) =>
        new(RenderHtml(templateName, model, locale), RenderText(templateName, model, locale));

    internal string RenderHtml(string templateName, object model, RecipientLocale locale) =>
        RenderWithLayout($"{templateName}.html.liquid", TemplateCatalog.HtmlLayout, model, locale, Html, isHtml: true);

    internal string RenderText(string templateName, object model, RecipientLocale locale) =>
        RenderWithLayout($"{templateName}.txt.liquid", TemplateCatalog.TextLayout, model, locale, NullEncoder.Default, isHtml: false);

    private string RenderWithLayout(string file, string layout, object model, RecipientLocale locale, TextEncoder encoder, bool isHtml)
    {
        catalog.Models.Register(model.GetType());
        var context = CreateContext(model, locale);

        var body = RenderFile(file, context, encoder).Trim();
        if (!HasVisibleContent(body, isHtml))
        {
            throw new TemplateRenderException(file, "rendered no content; an email is never sent empty");
        }

        context.SetValue("body", new StringValue(body, encode: false));
        var page = RenderFile(layout, context, encoder);
        return page.Contains(body, StringComparison.Ordinal)
            ? page
            : throw new TemplateRenderException(layout, "never outputs {{ body }}, so every email would lose its content");
    }

    private TemplateContext CreateContext(object model, RecipientLocale locale)
    {
        var context = new TemplateContext(model, catalog.Options)
        {
            CultureInfo = locale.Culture,
            TimeZone = locale.TimeZone,
        };
        if (locale.CurrencyCode is { } currency)
        {
            context.AmbientValues[LocaleFilters.CurrencyAmbientKey] = currency;
        }

        context.SetValue("email_lang", locale.Culture.Name);
        context.SetValue("email_dir", locale.Culture.TextInfo.IsRightToLeft ? "rtl" : "ltr");

        // Fluid prints an unknown name as nothing; in an email that hides a typo until a reader notices.
        context.Undefined = name =>
            OptionalLayoutValues.Contains(name) || context.GetValue(name) != UndefinedValue.Instance
                ? new ValueTask<FluidValue>(NilValue.Instance)
                : throw new UndefinedVariableException(name);
        return context;
    }

    private string RenderFile(string file, TemplateContext context, TextEncoder encoder)
    {
        var template = catalog.Get(file);
        try
        {
            // Not isolated: what the kind's template assigns (title, preheader) stays visible to its layout.
            return template.Render(context, encoder, isolateContext: false);
        }
        catch (UndefinedVariableException undefined)
        {
            throw new TemplateRenderException(file, $"uses '{undefined.Name}', which its model does not have", undefined)
            {
                OffendingName = undefined.Name,
            };
        }
        catch (DisabledFilterException disabled)
        {
            throw new TemplateRenderException(file, disabled.Message, disabled) { OffendingName = disabled.Filter };
        }
        catch (Exception failure) when (failure is FluidException or ParseException or FileNotFoundException or InvalidOperationException or FormatException)
        {
            throw new TemplateRenderException(file, failure.Message, failure)
            {
                OffendingName = UndefinedFilterName().Match(failure.Message) is { Success: true } match ? match.Groups[1].Value : null,
            };
        }
    }

    private static bool HasVisibleContent(string output, bool isHtml)
    {
        var text = isHtml ? Tags().Replace(output, " ").Replace("&nbsp;", " ", StringComparison.Ordinal) : output;
        return !string.IsNullOrWhiteSpace(text);
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex("Undefined filter '([^']+)'")]
    private static partial Regex UndefinedFilterName();
}
