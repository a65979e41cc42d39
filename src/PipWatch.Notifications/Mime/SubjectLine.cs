using System.Globalization;
using System.Text;

namespace PipWatch.Notifications.Mime;

/// <summary>
/// Subject line helpers. Names may be shortened in subjects to keep them scannable, but never to fewer than
/// <see cref="MinimumNameLength"/> characters; bodies always show names whole.
/// </summary>
public static class SubjectLine
{
    public const int MinimumNameLength = 40;

    public const int DefaultNameLength = 50;

    private const string Ellipsis = "…";

    /// <summary>
    /// The name as is when it fits in <paramref name="maxLength"/> characters; otherwise cut (at a word break when
    /// one falls late enough) with an ellipsis, keeping at least <see cref="MinimumNameLength"/> characters.
    /// Counts user-perceived characters, so an emoji or accented letter is never cut in half.
    /// </summary>
    public static string ShortenName(string name, int maxLength = DefaultNameLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, MinimumNameLength + 1);
        var clean = Clean(name);
        var info = new StringInfo(clean);
        if (info.LengthInTextElements <= maxLength)
        {
            return clean;
        }

        var kept = info.SubstringByTextElements(0, maxLength - 1);
        var lastSpace = kept.LastIndexOf(' ');
        if (lastSpace >= 0 && new StringInfo(kept[..lastSpace]).LengthInTextElements >= MinimumNameLength)
        {
            kept = kept[..lastSpace];
        }

        return kept.TrimEnd() + Ellipsis;
    }

    /// <summary>One line of text: control characters and line breaks become spaces, runs of spaces collapse.</summary>
    public static string Clean(string subject)
    {
        var builder = new StringBuilder(subject.Length);
        var pendingSpace = false;
        foreach (var character in subject)
        {
            if (char.IsWhiteSpace(character) || char.IsControl(character))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(character);
        }

        return builder.ToString();
    }
}
