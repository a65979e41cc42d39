using System.Text.RegularExpressions;

namespace PipWatch.Notifications.Delivery;

/// <summary>Keeps recipients out of logs: mail addresses become their domain, e.g. <c>…@example.com</c>.</summary>
public static partial class AddressRedaction
{
    public static string Redact(string text) => Address().Replace(text, "…@$1");

    /// <summary>The distinct domains of some addresses, for a log line that must not name people.</summary>
    public static string Domains(IEnumerable<string> addresses) =>
        string.Join(", ", addresses
            .Select(address => address[(address.LastIndexOf('@') + 1)..].ToLowerInvariant())
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal));

    [GeneratedRegex(@"[^\s<>()\[\]""',;:@]+@([A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?)")]
    private static partial Regex Address();
}
