namespace PipWatch.Testing.Salesforce;

public sealed record FakeField(string Name, string Type, bool Aggregatable = true, bool Groupable = true);

/// <summary>An object's fields as describe reports them, and its lookups (relationship name → Id field and target).</summary>
public sealed record FakeObject(string Name, IReadOnlyDictionary<string, FakeField> Fields, IReadOnlyDictionary<string, (string IdField, string Target)> Relationships)
{
    public static FakeObject Create(string name, IEnumerable<(string Name, string Type)> fields, params (string Relationship, string IdField, string Target)[] relationships) =>
        new(
            name,
            fields.ToDictionary(
                f => f.Name,
                f => new FakeField(f.Name, f.Type, Aggregatable: f.Type is not ("boolean" or "textarea"), Groupable: f.Type is not ("double" or "currency" or "percent" or "textarea")),
                StringComparer.OrdinalIgnoreCase),
            relationships.ToDictionary(r => r.Relationship, r => (r.IdField, r.Target), StringComparer.OrdinalIgnoreCase));

    /// <summary>The standard objects PipWatch reads, with the fields it and the tests use.</summary>
    public static IReadOnlyList<FakeObject> Standard { get; } =
    [
        Create("User", [("Id", "id"), ("Username", "string"), ("Email", "email"), ("Name", "string"), ("ManagerId", "reference"), ("TimeZoneSidKey", "picklist"), ("LocaleSidKey", "picklist"), ("IsActive", "boolean")], ("Manager", "ManagerId", "User")),
        Create("Task", [("Id", "id"), ("OwnerId", "reference"), ("ActivityDate", "date"), ("CreatedDate", "datetime"), ("TaskSubtype", "picklist"), ("Subject", "string"), ("Status", "picklist"), ("Call_Score__c", "double"), ("Description", "textarea")], ("Owner", "OwnerId", "User")),
        Create("Event", [("Id", "id"), ("OwnerId", "reference"), ("ActivityDate", "date"), ("StartDateTime", "datetime"), ("CreatedDate", "datetime"), ("EventSubtype", "picklist"), ("Subject", "string")], ("Owner", "OwnerId", "User")),
        Create("Opportunity", [("Id", "id"), ("OwnerId", "reference"), ("Name", "string"), ("Amount", "currency"), ("CloseDate", "date"), ("CreatedDate", "datetime"), ("StageName", "picklist"), ("IsWon", "boolean")], ("Owner", "OwnerId", "User")),
        Create("Contact", [("Id", "id"), ("OwnerId", "reference"), ("Name", "string"), ("Email", "email"), ("CreatedDate", "datetime")], ("Owner", "OwnerId", "User")),
    ];
}
