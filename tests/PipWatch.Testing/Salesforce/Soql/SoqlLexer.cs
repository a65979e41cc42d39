using System.Globalization;
using System.Text;

namespace PipWatch.Testing.Salesforce.Soql;

public enum SoqlTokenKind
{
    Word,
    Number,
    Quoted,
    Date,
    DateTime,
    Symbol,
    End,
}

public sealed record SoqlToken(SoqlTokenKind Kind, string Text, object? Value, int Position)
{
    public bool Is(string word) => Kind is SoqlTokenKind.Word or SoqlTokenKind.Symbol && string.Equals(Text, word, StringComparison.OrdinalIgnoreCase);
}

/// <summary>Splits SOQL into tokens with Salesforce's string escapes and date/datetime literal forms.</summary>
public static class SoqlLexer
{
    public static List<SoqlToken> Tokenize(string soql)
    {
        var tokens = new List<SoqlToken>();
        var i = 0;
        while (i < soql.Length)
        {
            var c = soql[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '\'')
            {
                tokens.Add(ReadString(soql, ref i));
            }
            else if (char.IsAsciiDigit(c) || (c == '-' && i + 1 < soql.Length && char.IsAsciiDigit(soql[i + 1])))
            {
                tokens.Add(ReadNumberOrDate(soql, ref i));
            }
            else if (char.IsAsciiLetter(c) || c == '_')
            {
                var start = i;
                while (i < soql.Length && (char.IsAsciiLetterOrDigit(soql[i]) || soql[i] is '_' or '.'))
                {
                    i++;
                }

                tokens.Add(new(SoqlTokenKind.Word, soql[start..i], null, start));
            }
            else
            {
                var two = i + 1 < soql.Length ? soql.Substring(i, 2) : "";
                var symbol = two is "<=" or ">=" or "!=" or "<>" ? two : c.ToString();
                if (symbol.Length == 1 && "(),=<>".IndexOf(c, StringComparison.Ordinal) < 0)
                {
                    throw new SoqlException("MALFORMED_QUERY", $"unexpected token: '{c}' at position {i}");
                }

                tokens.Add(new(SoqlTokenKind.Symbol, symbol, null, i));
                i += symbol.Length;
            }
        }

        tokens.Add(new(SoqlTokenKind.End, "", null, soql.Length));
        return tokens;
    }

    private static SoqlToken ReadString(string soql, ref int i)
    {
        var start = i++;
        var value = new StringBuilder();
        while (true)
        {
            if (i >= soql.Length)
            {
                throw new SoqlException("MALFORMED_QUERY", $"unterminated string literal starting at position {start}");
            }

            var c = soql[i++];
            if (c == '\'')
            {
                return new(SoqlTokenKind.Quoted, soql[start..i], value.ToString(), start);
            }

            if (c != '\\')
            {
                value.Append(c);
                continue;
            }

            if (i >= soql.Length)
            {
                throw new SoqlException("MALFORMED_QUERY", "a string ends with a lone backslash");
            }

            var escaped = soql[i++];
            value.Append(escaped switch
            {
                'n' or 'N' => '\n',
                'r' or 'R' => '\r',
                't' or 'T' => '\t',
                'b' or 'B' => '\b',
                'f' or 'F' => '\f',
                '\'' or '"' or '\\' => escaped,
                _ => throw new SoqlException("MALFORMED_QUERY", $"invalid escape sequence '\\{escaped}' at position {i - 2}"),
            });
        }
    }

    private static SoqlToken ReadNumberOrDate(string soql, ref int i)
    {
        var start = i;
        if (i + 10 <= soql.Length && soql[i] != '-' && soql[i + 4] == '-' && soql[i + 7] == '-')
        {
            var end = i + 10;
            while (end < soql.Length && !char.IsWhiteSpace(soql[end]) && soql[end] is not (')' or ','))
            {
                end++;
            }

            var text = soql[start..end];
            i = end;
            if (text.Length == 10 && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return new(SoqlTokenKind.Date, text, date, start);
            }

            if (PipWatch.Salesforce.Json.SalesforceDateTime.TryParse(text, out var dateTime))
            {
                return new(SoqlTokenKind.DateTime, text, dateTime, start);
            }

            throw new SoqlException("MALFORMED_QUERY", $"line 1:{start} no viable alternative at character '{text}' (not a date or dateTime literal)");
        }

        i++;
        while (i < soql.Length && (char.IsAsciiDigit(soql[i]) || soql[i] == '.'))
        {
            i++;
        }

        return new(SoqlTokenKind.Number, soql[start..i], double.Parse(soql[start..i], CultureInfo.InvariantCulture), start);
    }
}
