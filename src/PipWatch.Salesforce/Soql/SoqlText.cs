using System.Globalization;
using System.Text;
using PipWatch.Core.Plans;

namespace PipWatch.Salesforce.Soql;

/// <summary>
/// The only way PipWatch puts values into SOQL: Ids are validated, strings escaped, datetimes written in the
/// <c>Z</c> form (a <c>+</c> offset turns into a space unless the query is percent-encoded), names checked.
/// The whole query is then percent-encoded with <see cref="Uri.EscapeDataString(string)"/> by the client.
/// </summary>
public static class SoqlText
{
    /// <summary>A quoted Id after checking it is 15 or 18 characters of the Salesforce alphabet.</summary>
    public static string Id(string id, string what = "Salesforce Id") =>
        SalesforceId.IsValid(id)
            ? $"'{id}'"
            : throw new ArgumentException($"{what} '{Printable(id)}' is not a Salesforce Id (15 or 18 letters and digits).", nameof(id));

    /// <summary>A quoted string literal with SOQL's escapes applied.</summary>
    public static string Literal(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('\'');
        foreach (var c in value)
        {
            _ = c switch
            {
                '\\' => builder.Append(@"\\"),
                '\'' => builder.Append(@"\'"),
                '"' => builder.Append("\\\""),
                '\n' => builder.Append(@"\n"),
                '\r' => builder.Append(@"\r"),
                '\t' => builder.Append(@"\t"),
                '\b' => builder.Append(@"\b"),
                '\f' => builder.Append(@"\f"),
                _ when char.IsControl(c) => throw new ArgumentException(
                    $"The value '{Printable(value)}' contains the control character U+{(int)c:X4}, which SOQL cannot carry.", nameof(value)),
                _ => builder.Append(c),
            };
        }

        return builder.Append('\'').ToString();
    }

    public static string IdList(IEnumerable<string> ids, string what = "Salesforce Id") =>
        $"({string.Join(",", ids.Select(id => Id(id, what)))})";

    public static string LiteralList(IEnumerable<string> values) =>
        $"({string.Join(",", values.Select(Literal))})";

    /// <summary>A dateTime literal in UTC with a <c>Z</c>, e.g. <c>2026-11-02T21:10:25Z</c>.</summary>
    public static string DateTime(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string Date(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An object, field or relationship path (<c>Owner.Email</c>, <c>Score__c</c>) from configuration.</summary>
    public static string Identifier(string name, string what)
    {
        var valid = !string.IsNullOrEmpty(name) && name.Split('.').All(part =>
            part.Length > 0 && char.IsAsciiLetter(part[0]) && part.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'));
        return valid
            ? name
            : throw new ArgumentException($"{what} '{Printable(name)}' is not a Salesforce API name (letters, digits and underscores, starting with a letter).", nameof(name));
    }

    /// <summary>
    /// An ops-written filter from the metric catalogue, wrapped in parentheses so its ORs cannot swallow the
    /// owner and date conditions PipWatch adds. Unbalanced quotes or parentheses are refused, because they are
    /// exactly what it takes to break out of those parentheses.
    /// </summary>
    public static string Filter(string filter, string where)
    {
        var depth = 0;
        var inString = false;
        for (var i = 0; i < filter.Length; i++)
        {
            var c = filter[i];
            if (inString)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '\'')
                {
                    inString = false;
                }

                continue;
            }

            switch (c)
            {
                case '\'':
                    inString = true;
                    break;
                case '(':
                    depth++;
                    break;
                case ')' when --depth < 0:
                    throw new ArgumentException($"The filter of {where} closes a parenthesis it never opened: {filter}", nameof(filter));
                case ';':
                    throw new ArgumentException($"The filter of {where} contains ';', which SOQL does not allow: {filter}", nameof(filter));
            }
        }

        if (inString || depth != 0)
        {
            throw new ArgumentException($"The filter of {where} has an unclosed {(inString ? "string literal" : "parenthesis")}: {filter}", nameof(filter));
        }

        return $"({filter.Trim()})";
    }

    private static string Printable(string? value) =>
        value is null ? "(null)" : new string([.. value.Take(60).Select(c => char.IsControl(c) ? '?' : c)]);
}
