namespace PipWatch.Testing.Salesforce.Soql;

/// <summary>A value in a select list, condition or GROUP BY: a field path, or a function of one.</summary>
public abstract record SoqlExpr
{
    public abstract string Canonical { get; }
}

public sealed record SoqlField(string Path) : SoqlExpr
{
    public override string Canonical => Path.ToUpperInvariant();
}

public sealed record SoqlFunction(string Name, SoqlField? Argument) : SoqlExpr
{
    private static readonly HashSet<string> Aggregates = new(["COUNT", "SUM", "AVG", "MIN", "MAX", "COUNT_DISTINCT"], StringComparer.OrdinalIgnoreCase);

    public bool IsAggregate => Aggregates.Contains(Name);

    public override string Canonical => $"{Name.ToUpperInvariant()}({Argument?.Canonical})";
}

public sealed record SoqlSelectItem(SoqlExpr Expression, string? Alias);

public abstract record SoqlCondition;

public sealed record SoqlAnd(IReadOnlyList<SoqlCondition> Parts) : SoqlCondition;

public sealed record SoqlOr(IReadOnlyList<SoqlCondition> Parts) : SoqlCondition;

public sealed record SoqlNot(SoqlCondition Inner) : SoqlCondition;

public sealed record SoqlComparison(SoqlExpr Left, string Operator, object? Value) : SoqlCondition;

public sealed record SoqlIn(SoqlExpr Left, bool Negated, IReadOnlyList<object?> Values) : SoqlCondition
{
    /// <summary>The string values as Id keys (first 15 characters), for fast IN tests on Id fields.</summary>
    public HashSet<string> IdKeys { get; } = Values.OfType<string>().Select(FakeOrg.KeyOf).ToHashSet(StringComparer.Ordinal);

    /// <summary>The string values for fast, case-insensitive IN tests on text fields.</summary>
    public HashSet<string> TextKeys { get; } = Values.OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
}

public sealed record SoqlQuery(
    IReadOnlyList<SoqlSelectItem> Select,
    string From,
    SoqlCondition? Where,
    IReadOnlyList<SoqlExpr> GroupBy,
    int? Limit)
{
    public bool IsCountOnly => Select.Count == 1 && Select[0].Expression is SoqlFunction { Name: var n, Argument: null } && n.Equals("COUNT", StringComparison.OrdinalIgnoreCase);

    public bool IsAggregate => GroupBy.Count > 0 || Select.Any(s => s.Expression is SoqlFunction { IsAggregate: true });
}
