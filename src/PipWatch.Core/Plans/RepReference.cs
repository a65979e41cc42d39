namespace PipWatch.Core.Plans;

/// <summary>How a plan names its rep: a Salesforce user Id, or a username or email to look up.</summary>
public sealed record RepReference(string Value)
{
    /// <summary>True when the value has the shape of a 15- or 18-character Salesforce Id.</summary>
    public bool IsUserId => SalesforceId.IsValid(Value);

    public override string ToString() => Value;
}
