using ScottPlot;
using SkiaSharp;

namespace PipWatch.Notifications.Charts;

/// <summary>
/// The one typeface every chart label uses: Liberation Sans, embedded in this assembly (SIL OFL 1.1, see
/// Fonts/OFL.txt). Container images carry no fonts, and a system font would make the same data render
/// differently from one machine to the next, so ScottPlot is pointed at this copy under a name no system has.
/// </summary>
internal static class ChartFont
{
    public const string Name = "PipWatch Chart Sans";

    private const string ResourceName = "PipWatch.Notifications.Charts.LiberationSans-Regular.ttf";

    private static readonly Lazy<SKTypeface> Loaded = new(Register, LazyThreadSafetyMode.ExecutionAndPublication);

    public static SKTypeface Typeface => Loaded.Value;

    /// <summary>True when every character of the text has a glyph in the embedded font.</summary>
    public static bool CanDraw(string text) => Typeface.ContainsGlyphs(text);

    private static SKTypeface Register()
    {
        using var stream = typeof(ChartFont).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The chart font resource '{ResourceName}' is missing from the assembly.");
        using var data = SKData.Create(stream);
        var typeface = SKTypeface.FromData(data)
            ?? throw new InvalidOperationException($"The chart font resource '{ResourceName}' is not a font Skia can read.");

        // First in the list, so no system font of any name is consulted for chart text.
        ScottPlot.Fonts.FontResolvers.Insert(0, new EmbeddedFontResolver(typeface));
        return typeface;
    }

    private sealed class EmbeddedFontResolver(SKTypeface typeface) : IFontResolver
    {
        public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) => Resolve(fontName);

        public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) => Resolve(fontName);

        private SKTypeface? Resolve(string fontName) =>
            string.Equals(fontName, Name, StringComparison.Ordinal) ? typeface : null;
    }
}
