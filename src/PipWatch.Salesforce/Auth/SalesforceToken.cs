namespace PipWatch.Salesforce.Auth;

/// <summary>An access token and the org instance it is valid for (always the returned <c>instance_url</c>).</summary>
public sealed class SalesforceToken(string accessToken, Uri instanceUrl, DateTimeOffset obtainedAt)
{
    public string AccessToken { get; } = accessToken;

    public Uri InstanceUrl { get; } = instanceUrl;

    public DateTimeOffset ObtainedAt { get; } = obtainedAt;

    public override string ToString() => $"Salesforce session for {InstanceUrl} obtained {ObtainedAt:u}";
}
