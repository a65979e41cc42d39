using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PipWatch.Notifications.Mime;

/// <summary>
/// Message-Ids derived from the outbox idempotency key, so a message rebuilt or resent after a crash carries the
/// same id and receiving systems (and people) can recognise the duplicate.
/// </summary>
public static class MessageIds
{
    public const string FallbackDomain = "pipwatch.local";

    private static readonly IdnMapping Idn = new();

    /// <summary>
    /// The id without angle brackets: the first 128 bits of SHA-256 of the key, in hex, at the sender's domain.
    /// </summary>
    public static string FromIdempotencyKey(string idempotencyKey, string fromAddress)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(idempotencyKey);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(idempotencyKey));
        return $"{Convert.ToHexStringLower(hash.AsSpan(0, 16))}@{DomainOf(fromAddress)}";
    }

    private static string DomainOf(string address)
    {
        var at = address.LastIndexOf('@');
        var domain = at >= 0 ? address[(at + 1)..].Trim().TrimEnd('>').ToLowerInvariant() : "";

        // An address literal ([192.0.2.1]) or an empty domain makes a poor id; a fixed name is stable and valid.
        if (domain.Length == 0 || domain.StartsWith('[') || !domain.Contains('.', StringComparison.Ordinal))
        {
            return FallbackDomain;
        }

        try
        {
            return Idn.GetAscii(domain);
        }
        catch (ArgumentException)
        {
            return FallbackDomain;
        }
    }
}
