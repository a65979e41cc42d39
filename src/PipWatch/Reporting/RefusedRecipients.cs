using System.Text.RegularExpressions;

namespace PipWatch.Reporting;

/// <summary>
/// Reads the recipients a mail server refused out of a sent notification's stored server reply, where delivery
/// writes them as "…; refused: address (code reply); address (code reply)".
/// </summary>
public static partial class RefusedRecipients
{
    private const string Marker = "; refused: ";

    public static IReadOnlyList<string> Parse(string? serverReply)
    {
        var at = serverReply?.IndexOf(Marker, StringComparison.Ordinal) ?? -1;
        if (at < 0)
        {
            return [];
        }

        return [.. Entry().Matches(serverReply![(at + Marker.Length)..]).Select(m => m.Groups["address"].Value)];
    }

    // An entry opens the list or follows "; ", and is an address followed by the reply code in parentheses.
    [GeneratedRegex(@"(?:^|; )(?<address>[^\s;()]+@[^\s;()]+) \(\d{3}")]
    private static partial Regex Entry();
}
