namespace PipWatch.Core.Planning;

/// <summary>A person resolved from Salesforce (or the demo org): who mail goes to, in which zone and language.</summary>
/// <param name="UserId">The Salesforce user Id; for someone outside Salesforce (a watcher named by email) the email. Digest keys use it.</param>
/// <param name="Email">Null when Salesforce has none.</param>
/// <param name="TimeZoneId">An IANA id (Salesforce <c>TimeZoneSidKey</c>); local send times follow it.</param>
/// <param name="LocaleId">A Salesforce locale key such as <c>en_US</c>, for formatting.</param>
/// <param name="IsActive">False for a user deactivated in Salesforce: such a person gets no mail.</param>
public sealed record PersonRef(string UserId, string Name, string? Email, string TimeZoneId, string LocaleId, bool IsActive)
{
    /// <summary>Active and with an address: someone PipWatch can write to.</summary>
    public bool CanReceiveMail => IsActive && !string.IsNullOrWhiteSpace(Email);
}
