using System.Globalization;
using System.Text;

namespace PipWatch.Notifications.Content.Formatting;

/// <summary>
/// Makes a rendered plain-text body read well at 80 columns: long lines wrap at spaces with list items keeping
/// their hanging indent, words too long for a line are split, URLs are never split (a broken link is worse than a
/// long line), runs of blank lines collapse to one, and trailing spaces go (except in the "-- " signature marker).
/// </summary>
internal static class TextWrapper
{
    public const int DefaultWidth = 80;

    public static string Wrap(string text, int width = DefaultWidth)
    {
        var output = new StringBuilder(text.Length + 64);
        var blank = 0;
        foreach (var raw in text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n'))
        {
            var line = raw == "-- " ? raw : raw.TrimEnd();
            if (line.Length == 0)
            {
                blank++;
                continue;
            }

            if (output.Length > 0)
            {
                output.Append(blank > 0 ? "\n\n" : "\n");
            }

            blank = 0;
            WrapLine(line, width, output);
        }

        return output.Append('\n').ToString();
    }

    public static bool IsUrl(string word) =>
        word.Contains("://", StringComparison.Ordinal) || word.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase);

    public static int Columns(string text) => new StringInfo(text).LengthInTextElements;

    private static void WrapLine(string line, int width, StringBuilder output)
    {
        if (Columns(line) <= width)
        {
            output.Append(line);
            return;
        }

        var indent = HangingIndent(line);
        var words = line[indent.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var prefix = line[..indent.Length];
        var continuation = new string(' ', Columns(prefix));
        var current = new StringBuilder(prefix);
        var currentColumns = Columns(prefix);
        var hasWord = false;

        void NewLine()
        {
            output.Append(current.ToString().TrimEnd()).Append('\n');
            current.Clear().Append(continuation);
            currentColumns = continuation.Length;
            hasWord = false;
        }

        foreach (var word in words)
        {
            var columns = Columns(word);
            if (hasWord && currentColumns + 1 + columns > width)
            {
                NewLine();
            }

            if (currentColumns + (hasWord ? 1 : 0) + columns <= width || IsUrl(word))
            {
                if (hasWord)
                {
                    current.Append(' ');
                    currentColumns++;
                }

                current.Append(word);
                currentColumns += columns;
                hasWord = true;
                continue;
            }

            // A word longer than a whole line (a name without spaces): split it by characters.
            var elements = StringInfo.GetTextElementEnumerator(word);
            while (elements.MoveNext())
            {
                if (currentColumns + 1 > width)
                {
                    NewLine();
                }

                current.Append(elements.GetTextElement());
                currentColumns++;
                hasWord = true;
            }
        }

        output.Append(current.ToString().TrimEnd());
    }

    /// <summary>The leading spaces and list marker ("- ", "* ", "12. ") that continuation lines line up under.</summary>
    private static string HangingIndent(string line)
    {
        var i = 0;
        while (i < line.Length && line[i] == ' ')
        {
            i++;
        }

        if (i + 1 < line.Length && line[i] is '-' or '*' or '•' && line[i + 1] == ' ')
        {
            return line[..(i + 2)];
        }

        var digits = i;
        while (digits < line.Length && char.IsAsciiDigit(line[digits]))
        {
            digits++;
        }

        return digits > i && digits + 1 < line.Length && line[digits] == '.' && line[digits + 1] == ' ' ? line[..(digits + 2)] : line[..i];
    }
}
