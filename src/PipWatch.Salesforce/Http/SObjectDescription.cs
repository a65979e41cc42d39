namespace PipWatch.Salesforce.Http;

/// <summary>What describe says about an object: its fields by name (case-insensitive).</summary>
public sealed record SObjectDescription(string Name, bool Queryable, IReadOnlyDictionary<string, FieldDescription> Fields);

/// <summary>One field from describe; <see cref="Type"/> is Salesforce's type name (currency, double, date, datetime…).</summary>
public sealed record FieldDescription(string Name, string Type, bool Aggregatable, bool Groupable);
