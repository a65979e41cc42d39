using System.Collections.Concurrent;
using PipWatch.Testing.Salesforce;

namespace PipWatch.Salesforce.ScaleHarness;

/// <summary>
/// A simulated org of reps and managers whose activity is generated per owner on first use, deterministically:
/// calls (and emails) on Task by ActivityDate, meetings on Event by StartDateTime in the rep's working hours,
/// opportunities created on weekdays with an amount, some won by their CloseDate.
/// </summary>
public sealed class GeneratedOrg : IRecordSource
{
    public static readonly string[] Zones =
    [
        "America/Los_Angeles", "America/Chicago", "America/New_York", "Europe/London", "Europe/Berlin", "Asia/Kolkata", "Australia/Sydney",
    ];

    private readonly Dictionary<string, FakeRecord> _users = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<Dictionary<string, List<FakeRecord>>>> _activity = new(StringComparer.Ordinal);
    private readonly DateOnly _firstDay;
    private readonly DateOnly _lastDay;

    public GeneratedOrg(int reps, DateOnly firstDay, DateOnly lastDay)
    {
        (_firstDay, _lastDay) = (firstDay, lastDay);
        var managers = Math.Max(1, reps / 10);
        for (var m = 0; m < managers; m++)
        {
            AddUser($"005MGR{m:D9}AAA", $"Manager {m}", null, Zones[m % Zones.Length]);
        }

        for (var r = 0; r < reps; r++)
        {
            var id = $"005REP{r:D9}AAA";
            RepIds.Add(id);
            AddUser(id, $"Rep {r}", $"005MGR{r % managers:D9}AAA", Zones[r % Zones.Length]);
        }
    }

    public List<string> RepIds { get; } = [];

    public string ZoneOf(string id) => (string)_users[FakeOrg.KeyOf(id)]["TimeZoneSidKey"]!;

    public IEnumerable<FakeRecord> Records(string sobject, IReadOnlyCollection<string>? ownerKeys)
    {
        if (sobject.Equals("User", StringComparison.OrdinalIgnoreCase))
        {
            return _users.Values;
        }

        var owners = ownerKeys ?? [.. RepIds.Select(FakeOrg.KeyOf)];
        return owners.SelectMany(o => _users.ContainsKey(o) ? Activity(o).GetValueOrDefault(sobject) ?? [] : []);
    }

    public FakeRecord? FindById(string sobject, string id) =>
        sobject.Equals("User", StringComparison.OrdinalIgnoreCase) ? _users.GetValueOrDefault(FakeOrg.KeyOf(id)) : null;

    private void AddUser(string id, string name, string? managerId, string zone) =>
        _users[FakeOrg.KeyOf(id)] = new FakeRecord
        {
            ["Id"] = id,
            ["Name"] = name,
            ["Username"] = $"{name.Replace(' ', '.').ToLowerInvariant()}@acme.example",
            ["Email"] = $"{name.Replace(' ', '.').ToLowerInvariant()}@acme.example",
            ["ManagerId"] = managerId,
            ["TimeZoneSidKey"] = zone,
            ["LocaleSidKey"] = "en_US",
            ["IsActive"] = true,
        };

    private Dictionary<string, List<FakeRecord>> Activity(string ownerKey) =>
        _activity.GetOrAdd(ownerKey, key => new Lazy<Dictionary<string, List<FakeRecord>>>(() => Generate(key))).Value;

    private Dictionary<string, List<FakeRecord>> Generate(string ownerKey)
    {
        var owner = (string)_users[ownerKey]["Id"]!;
        var zone = TimeZoneInfo.FindSystemTimeZoneById(ZoneOf(owner));
        // string.GetHashCode differs per process; the figures must not.
        var random = new Random(ownerKey.Aggregate(17, (hash, c) => unchecked((hash * 31) + c)));
        var tasks = new List<FakeRecord>();
        var events = new List<FakeRecord>();
        var opportunities = new List<FakeRecord>();
        var sequence = 0;
        string NextId(string prefix) => $"{prefix}{ownerKey[6..]}{sequence++:D6}";

        for (var day = _firstDay.AddDays(-30); day <= _lastDay; day = day.AddDays(1))
        {
            var weekday = day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
            DateTimeOffset At(int hour, int minute)
            {
                var local = day.ToDateTime(new TimeOnly(hour, minute));
                return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
            }

            if (day >= _firstDay)
            {
                var calls = weekday ? random.Next(2, 7) : random.Next(0, 10) < 2 ? 1 : 0;
                for (var c = 0; c < calls + (weekday ? 1 : 0); c++)
                {
                    var isCall = c < calls;
                    tasks.Add(new FakeRecord
                    {
                        ["Id"] = NextId("00T"),
                        ["OwnerId"] = owner,
                        ["ActivityDate"] = day,
                        ["CreatedDate"] = At(random.Next(8, 19), random.Next(60)),
                        ["TaskSubtype"] = isCall ? "Call" : "Email",
                        ["Call_Score__c"] = isCall && random.Next(10) > 0 ? (double)random.Next(1, 11) : null,
                    });
                }

                var meetings = weekday ? random.Next(0, 4) : 0;
                foreach (var hour in Enumerable.Range(9, 9).OrderBy(_ => random.Next()).Take(meetings))
                {
                    events.Add(new FakeRecord { ["Id"] = NextId("00U"), ["OwnerId"] = owner, ["ActivityDate"] = day, ["StartDateTime"] = At(hour, random.Next(0, 4) * 15) });
                }
            }

            if (weekday && random.Next(100) < 35)
            {
                var won = random.Next(100) < 30;
                opportunities.Add(new FakeRecord
                {
                    ["Id"] = NextId("006"),
                    ["OwnerId"] = owner,
                    ["CreatedDate"] = At(random.Next(8, 19), random.Next(60)),
                    ["Amount"] = (double)random.Next(10, 500) * 100,
                    ["CloseDate"] = day.AddDays(random.Next(0, 40)),
                    ["IsWon"] = won,
                    ["StageName"] = won ? "Closed Won" : "Prospecting",
                });
            }
        }

        return new(StringComparer.OrdinalIgnoreCase) { ["Task"] = tasks, ["Event"] = events, ["Opportunity"] = opportunities };
    }
}
