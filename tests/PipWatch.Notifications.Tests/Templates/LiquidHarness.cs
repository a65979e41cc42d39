using Fluid;
using Microsoft.Extensions.Time.Testing;
using PipWatch.Notifications.Templates;

namespace PipWatch.Notifications.Tests.Templates;

/// <summary>Renders a Liquid snippet with PipWatch's template settings, to test filters in isolation.</summary>
internal static class LiquidHarness
{
    private static readonly FluidParser Parser = new();

    public static string Render(string source, object model, RecipientLocale locale)
    {
        var options = TemplateSetup.CreateOptions(new CatalogFileProvider(new Dictionary<string, TemplateFile>()), new FakeTimeProvider());
        new ModelRegistry(options.MemberAccessStrategy).Register(model.GetType());
        var template = Parser.Parse(source);
        var context = new TemplateContext(model, options) { CultureInfo = locale.Culture, TimeZone = locale.TimeZone };
        if (locale.CurrencyCode is { } currency)
        {
            context.AmbientValues[LocaleFilters.CurrencyAmbientKey] = currency;
        }
        return template.Render(context, NullEncoder.Default);
    }
}
