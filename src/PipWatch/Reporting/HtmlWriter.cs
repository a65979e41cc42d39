using System.Text;
using System.Text.RegularExpressions;

namespace PipWatch.Reporting;

/// <summary>
/// Writes an HTML document in which markup only comes from the element methods (tag and attribute names fixed in
/// code) and every text and attribute value is encoded. Names, reasons and email bodies are data someone typed, so
/// nothing here takes a piece of markup from a value.
/// </summary>
public sealed partial class HtmlWriter
{
    private readonly StringBuilder _html = new();
    private readonly Stack<string> _open = new();

    /// <summary>Opens an element; close it with <see cref="Close"/>. A null attribute value leaves the attribute out.</summary>
    public HtmlWriter Open(string tag, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        StartTag(tag, attributes);
        _open.Push(tag);
        return this;
    }

    /// <summary>Closes the innermost open element, which must be <paramref name="tag"/>.</summary>
    public HtmlWriter Close(string tag)
    {
        if (!_open.TryPop(out var open) || open != tag)
        {
            throw new InvalidOperationException($"Closing <{tag}> while <{open ?? "nothing"}> is open.");
        }

        _html.Append("</").Append(tag).Append('>');
        return this;
    }

    /// <summary>An element holding only text (encoded).</summary>
    public HtmlWriter Element(string tag, string? text, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        StartTag(tag, attributes);
        Text(text);
        _html.Append("</").Append(tag).Append('>');
        return this;
    }

    /// <summary>An element without content, such as img or meta.</summary>
    public HtmlWriter Void(string tag, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        StartTag(tag, attributes);
        return this;
    }

    public HtmlWriter Text(string? text)
    {
        if (!string.IsNullOrEmpty(text))
        {
            Encode(text);
        }

        return this;
    }

    /// <summary>The doctype and a style sheet: constants of this program, never data.</summary>
    public HtmlWriter Doctype()
    {
        _html.Append("<!DOCTYPE html>\n");
        return this;
    }

    public HtmlWriter StyleSheet()
    {
        _html.Append("<style>").Append(ReportStyleSheet.Css).Append("</style>");
        return this;
    }

    public override string ToString() =>
        _open.Count == 0 ? _html.ToString() : throw new InvalidOperationException($"<{_open.Peek()}> was never closed.");

    private void StartTag(string tag, ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        RequireName(tag);
        _html.Append('<').Append(tag);
        foreach (var (name, value) in attributes)
        {
            RequireName(name);
            if (value is null)
            {
                continue;
            }

            _html.Append(' ').Append(name).Append("=\"");
            Encode(value);
            _html.Append('"');
        }

        _html.Append('>');
    }

    /// <summary>
    /// The five characters that can end text or a quoted attribute value; everything else is safe as UTF-8 and kept
    /// as is, which keeps the embedded emails and images from growing by a third.
    /// </summary>
    private void Encode(string value)
    {
        foreach (var character in value)
        {
            _ = character switch
            {
                '&' => _html.Append("&amp;"),
                '<' => _html.Append("&lt;"),
                '>' => _html.Append("&gt;"),
                '"' => _html.Append("&quot;"),
                '\'' => _html.Append("&#39;"),
                _ => _html.Append(character),
            };
        }
    }

    private static void RequireName(string name)
    {
        if (!NamePattern().IsMatch(name))
        {
            throw new ArgumentException($"'{name}' is not a tag or attribute name this writer accepts.", nameof(name));
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9-]*$")]
    private static partial Regex NamePattern();
}
