using Fluid;
using Fluid.Values;

namespace PipWatch.Notifications.Templates;

/// <summary>The Liquid settings every PipWatch template renders with.</summary>
internal static class TemplateSetup
{
    /// <summary>Stops an override with a runaway loop long before it could stall the worker.</summary>
    private const int MaxSteps = 1_000_000;

    public static TemplateOptions CreateOptions(CatalogFileProvider files, TimeProvider timeProvider)
    {
        var options = new TemplateOptions
        {
            FileProvider = files,
            DefaultFileExtension = ".liquid",
            CultureInfo = RecipientLocale.Default.Culture,
            TimeZone = RecipientLocale.Default.TimeZone,
            Now = timeProvider.GetUtcNow,
            MaxSteps = MaxSteps,

            // A misspelt filter is an error rather than a silent no-op that leaves raw numbers in the mail.
            StrictFilters = true,
        };
        options.MemberAccessStrategy.MemberNameStrategy = MemberNameStrategies.SnakeCase;

        // Liquid's raw filter would print any value unescaped; markup must arrive as TrustedHtml instead.
        options.Filters.AddFilter("raw", static (input, _, _) =>
            throw new DisabledFilterException("raw", "The raw filter is disabled: HTML can only come from a TrustedHtml value in the model."));
        LocaleFilters.Register(options.Filters);

        options.ValueConverters.Add(static value => value switch
        {
            TrustedHtml trusted => new StringValue(trusted.Html, encode: false),

            // Fluid would turn a date into midnight UTC, which a time zone then moves to the wrong day.
            DateOnly day => new ObjectValue(day),
            _ => null,
        });
        return options;
    }
}
