using ScottPlot;

namespace PipWatch.Notifications.Charts;

/// <summary>
/// Colours for charts that sit on the email's light card: dark text, and a blue and orange pair that stays
/// distinguishable with the common colour-vision deficiencies. The blue matches the layout's buttons and bars.
/// </summary>
internal static class ChartPalette
{
    public static readonly Color Background = Color.FromHex("#ffffff");
    public static readonly Color Text = Color.FromHex("#3e4c59");
    public static readonly Color Grid = Color.FromHex("#e4e7eb");
    public static readonly Color Axis = Color.FromHex("#9aa5b1");
    public static readonly Color Actual = Color.FromHex("#2f6fde");
    public static readonly Color ActualLight = Color.FromHex("#a9c4f5");
    public static readonly Color Expected = Color.FromHex("#7b8794");
    public static readonly Color Goal = Color.FromHex("#1f2933");
    public static readonly Color Missed = Color.FromHex("#d9730d");
    public static readonly Color Reference = Color.FromHex("#9aa5b1");
}
