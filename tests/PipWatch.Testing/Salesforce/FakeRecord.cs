namespace PipWatch.Testing.Salesforce;

/// <summary>
/// A record in the fake org. Values are string, bool, double, DateOnly (date fields), DateTimeOffset (datetime
/// fields) or null; names are case-insensitive as in Salesforce.
/// </summary>
public sealed class FakeRecord : Dictionary<string, object?>
{
    public FakeRecord()
        : base(StringComparer.OrdinalIgnoreCase)
    {
    }

    public string Id => (string)this["Id"]!;
}
