using System.Collections.Concurrent;

namespace PipWatch.Testing.Salesforce;

/// <summary>Where the fake's records come from: a list in tests, a generator in the scale harness.</summary>
public interface IRecordSource
{
    /// <summary>Records of an object, only those owned by <paramref name="ownerKeys"/> (15-character Ids) when given.</summary>
    IEnumerable<FakeRecord> Records(string sobject, IReadOnlyCollection<string>? ownerKeys);

    FakeRecord? FindById(string sobject, string id);
}

/// <summary>The fake org: object schemas and records, indexed by owner so IN-list queries stay fast.</summary>
public sealed class FakeOrg : IRecordSource
{
    private readonly ConcurrentDictionary<string, List<FakeRecord>> _records = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _lock = new();
    private int _nextId;

    public FakeOrg(IRecordSource? source = null, IEnumerable<FakeObject>? objects = null)
    {
        Source = source ?? this;
        Objects = (objects ?? FakeObject.Standard).ToDictionary(o => o.Name, StringComparer.OrdinalIgnoreCase);
    }

    public IRecordSource Source { get; }

    public Dictionary<string, FakeObject> Objects { get; }

    public static string KeyOf(string id) => id.Length > 15 ? id[..15] : id;

    /// <summary>Adds a record with a fresh 18-character Id of the object's key prefix unless it has one.</summary>
    public FakeRecord Add(string sobject, FakeRecord record)
    {
        lock (_lock)
        {
            if (!record.ContainsKey("Id"))
            {
                record["Id"] = NewId(sobject);
            }

            _records.GetOrAdd(sobject, _ => []).Add(record);
            return record;
        }
    }

    public string NewId(string sobject)
    {
        var prefix = sobject.ToUpperInvariant() switch
        {
            "USER" => "005",
            "TASK" => "00T",
            "EVENT" => "00U",
            "OPPORTUNITY" => "006",
            _ => "003",
        };
        return $"{prefix}Fk{Interlocked.Increment(ref _nextId):D10}AAA";
    }

    IEnumerable<FakeRecord> IRecordSource.Records(string sobject, IReadOnlyCollection<string>? ownerKeys)
    {
        List<FakeRecord> snapshot;
        lock (_lock)
        {
            snapshot = _records.TryGetValue(sobject, out var list) ? [.. list] : [];
        }

        if (ownerKeys is null)
        {
            return snapshot;
        }

        var owners = ownerKeys.ToHashSet(StringComparer.Ordinal);
        return snapshot.Where(r => r.TryGetValue("OwnerId", out var owner) && owner is string id && owners.Contains(KeyOf(id)));
    }

    FakeRecord? IRecordSource.FindById(string sobject, string id)
    {
        lock (_lock)
        {
            return _records.TryGetValue(sobject, out var list) ? list.FirstOrDefault(r => KeyOf(r.Id) == KeyOf(id)) : null;
        }
    }
}
