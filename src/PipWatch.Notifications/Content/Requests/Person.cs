namespace PipWatch.Notifications.Content.Requests;

/// <summary>A rep or manager as the email names them.</summary>
/// <param name="SalesforceUserId">Their User Id, for "open in Salesforce" links; no link without a valid one.</param>
/// <param name="IsActive">False when Salesforce marks the user inactive: the digest says so and the rep gets no mail.</param>
public sealed record Person(string Name, string? SalesforceUserId = null, bool IsActive = true);
