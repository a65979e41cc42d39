using MimeKit;

namespace PipWatch.Notifications.Mime;

/// <summary>A mailbox: an address and, optionally, the name shown with it.</summary>
public sealed record EmailAddress(string Address, string? DisplayName = null)
{
    /// <summary>The part after the @, which is all logs may show of a recipient.</summary>
    public string Domain => Address[(Address.LastIndexOf('@') + 1)..];

    internal MailboxAddress ToMailbox(string role)
    {
        if (!MailboxAddress.TryParse(Address, out var parsed) || parsed.Address.IndexOf('@', StringComparison.Ordinal) <= 0)
        {
            throw new ArgumentException($"The {role} address '{Address}' is not a valid email address.");
        }

        return new MailboxAddress(DisplayName ?? "", parsed.Address);
    }

    public override string ToString() => DisplayName is null ? Address : $"{DisplayName} <{Address}>";
}
