using PipWatch.Core.Plans;
using PipWatch.Salesforce.Users;

namespace PipWatch.Demo;

/// <summary>
/// The built-in demo org: a sales director, four team managers in four time zones, 25 reps and an HR partner,
/// shaped like the User records PipWatch reads from Salesforce. The table is fixed, so the demo plans can name
/// people by Id, username or email and every run sees the same org.
/// </summary>
public sealed class DemoOrg
{
    public const string EmailDomain = "demo.pipwatch.example";
    public const string UsernameDomain = "sales.demo.pipwatch.example";

    private const string NewYork = "America/New_York";
    private const string LosAngeles = "America/Los_Angeles";
    private const string London = "Europe/London";
    private const string Sydney = "Australia/Sydney";

    private readonly Dictionary<string, DemoPerson> _byIdKey;
    private readonly Lazy<DemoOrg> _afterDeactivation;
    private readonly Lazy<DemoOrg> _afterReassignment;

    private DemoOrg(IReadOnlyList<DemoPerson> people, DemoDeparture? departure)
    {
        People = people;
        Departure = departure;
        _byIdKey = people.ToDictionary(p => IdKey(p.Id), StringComparer.Ordinal);
        _afterDeactivation = new(() => new DemoOrg(Deactivate(people, departure!), departure: null));
        _afterReassignment = new(() => new DemoOrg(Reassign(Deactivate(people, departure!), departure!), departure: null));
    }

    /// <summary>
    /// The one demo org as it stands before anyone leaves (it holds no mutable state, so it is shared); see
    /// <see cref="AsOf"/> for the org on a given day.
    /// </summary>
    public static DemoOrg Instance { get; } = new(BuildPeople(), AeWestManagerLeaves());

    /// <summary>The manager who leaves during the demo, or null in an org that is already as of a day.</summary>
    public DemoDeparture? Departure { get; }

    public IReadOnlyList<DemoPerson> People { get; }

    public IEnumerable<SalesforceUser> Users => People.Select(p => p.User);

    public IEnumerable<DemoPerson> Reps => People.Where(p => p.IsRep);

    public IEnumerable<DemoPerson> Managers => People.Where(p => p.Role == DemoRole.Manager);

    /// <summary>The person with this user Id (15 or 18 characters), or null.</summary>
    public DemoPerson? FindById(string userId) =>
        SalesforceId.IsValid(userId) && _byIdKey.TryGetValue(IdKey(userId), out var person) ? person : null;

    /// <summary>
    /// The users a plan's reference (Id, username or email) names, as the Salesforce directory matches them: Ids
    /// on their first 15 characters, then a username match before an email match, both ignoring case.
    /// </summary>
    public IReadOnlyList<DemoPerson> Match(string reference)
    {
        var value = reference.Trim();
        if (SalesforceId.IsValid(value))
        {
            return FindById(value) is { } person ? [person] : [];
        }

        var byUsername = People.Where(p => string.Equals(p.User.Username, value, StringComparison.OrdinalIgnoreCase)).Take(1).ToList();
        return byUsername.Count > 0 ? byUsername : [.. People.Where(p => string.Equals(p.User.Email, value, StringComparison.OrdinalIgnoreCase))];
    }

    /// <summary>The reps who report to a manager: a rep's peers for the realism check are the others among them.</summary>
    public IReadOnlyList<DemoPerson> ReportsOf(string managerId) =>
        [.. Reps.Where(r => r.User.ManagerId is { } id && IdKey(id) == IdKey(managerId))];

    /// <summary>The other reps of the same manager.</summary>
    public IReadOnlyList<DemoPerson> PeersOf(string repId) =>
        FindById(repId)?.User.ManagerId is { } managerId
            ? [.. ReportsOf(managerId).Where(p => IdKey(p.Id) != IdKey(repId))]
            : [];

    /// <summary>The org at an instant: the departing manager deactivated from one date, their reps moved on a later one.</summary>
    public DemoOrg AsOf(DateTimeOffset instant) => Departure switch
    {
        null => this,
        { } d when instant >= d.ReassignedAt => _afterReassignment.Value,
        { } d when instant >= d.DeactivatedAt => _afterDeactivation.Value,
        _ => this,
    };

    private static string IdKey(string id) => id.Length >= 15 ? id[..15] : id;

    private static List<DemoPerson> Deactivate(IReadOnlyList<DemoPerson> people, DemoDeparture departure) =>
        [.. people.Select(p => IdKey(p.Id) == IdKey(departure.ManagerId) ? p with { User = p.User with { IsActive = false } } : p)];

    private static List<DemoPerson> Reassign(IReadOnlyList<DemoPerson> people, DemoDeparture departure) =>
        [.. people.Select(p => p.User.ManagerId is { } id && IdKey(id) == IdKey(departure.ManagerId)
            ? p with { User = p.User with { ManagerId = departure.SuccessorId } }
            : p)];

    /// <summary>
    /// Elena Vasquez (AE West, Los Angeles) leaves in October: her user is switched off on Friday the 23rd before the
    /// working day starts, and her team moves to the sales director, Helena Brandt, on Wednesday the 28th.
    /// </summary>
    private static DemoDeparture AeWestManagerLeaves() => new(
        ManagerId: "005Dm00000alQrmIAE",
        DeactivatedAt: new DateTimeOffset(2026, 10, 23, 6, 0, 0, TimeSpan.FromHours(-7)),
        ReassignedAt: new DateTimeOffset(2026, 10, 28, 6, 0, 0, TimeSpan.FromHours(-7)),
        SuccessorId: "005Dm00000CCvWIIA1");

    private static List<DemoPerson> BuildPeople()
    {
        const string director = "005Dm00000CCvWIIA1";
        const string east = "005Dm00000noqhwIAA";
        const string west = "005Dm00000alQrmIAE";
        const string emea = "005Dm00000e5vpNIAQ";
        const string apac = "005Dm00000rmkyhIAA";
        const string sdrEast = "SDR East";
        const string aeWest = "AE West";
        const string aeEmea = "AE EMEA";
        const string sdrApac = "SDR APAC";

        return
        [
            Person(director, "Helena", "Brandt", "helena.brandt", DemoRole.Director, "Sales leadership", NewYork, null, 1),
            Person("005Dm00000Th5SZIAZ", "Grace", "Adeyemi", "grace.adeyemi", DemoRole.HrPartner, "People team", NewYork, null, 1),
            Person(east, "Marcus", "Bell", "marcus.bell", DemoRole.Manager, sdrEast, NewYork, director, 1),
            Person(west, "Elena", "Vasquez", "elena.vasquez", DemoRole.Manager, aeWest, LosAngeles, director, 1),
            Person(emea, "Siobhan", "Gallagher", "siobhan.gallagher", DemoRole.Manager, aeEmea, London, director, 1),
            Person(apac, "Daniel", "Nakamura", "daniel.nakamura", DemoRole.Manager, sdrApac, Sydney, director, 1),

            Person("005Dm00000nKWEmIAO", "Aisha", "Rahman", "aisha.rahman", DemoRole.Sdr, sdrEast, NewYork, east, 1.12),
            Person("005Dm00000QGeW9IAL", "Tyler", "Brooks", "tyler.brooks", DemoRole.Sdr, sdrEast, NewYork, east, 0.85),
            Person("005Dm00000HlaO3IAJ", "Camila", "Ortiz", "camila.ortiz", DemoRole.Sdr, sdrEast, NewYork, east, 0.85),
            Person("005Dm0000086qdEIAQ", "Kevin", "O'Brien", "kevin.obrien", DemoRole.Sdr, sdrEast, NewYork, east, 0.94),
            Person("005Dm00000oq1yCIAQ", "Mei Lin", "Zhou", "meilin.zhou", DemoRole.Sdr, sdrEast, NewYork, east, 1.05),
            Person("005Dm00000bfnnwIAA", "Andre", "Williams", "andre.williams", DemoRole.Sdr, sdrEast, NewYork, east, 0.98),
            Person("005Dm00000lplL7IAI", "Natalie", "Kowalski", "natalie.kowalski", DemoRole.Sdr, sdrEast, NewYork, east, 1.18),

            Person("005Dm00000TnPrlIAF", "Ravi", "Patel", "ravi.patel", DemoRole.AccountExecutive, aeWest, LosAngeles, west, 0.85),
            Person("005Dm000006JOYLIA4", "Hannah", "Schmidt", "hannah.schmidt", DemoRole.AccountExecutive, aeWest, LosAngeles, west, 0.85),
            Person("005Dm00000SYDURIA5", "Diego", "Morales", "diego.morales", DemoRole.AccountExecutive, aeWest, LosAngeles, west, 1.08),
            Person("005Dm00000lKlzKIAS", "Brianna", "Johnson", "brianna.johnson", DemoRole.AccountExecutive, aeWest, LosAngeles, west, 0.91),
            Person("005Dm00000FfdcSIAR", "Tomás", "Herrera", "tomas.herrera", DemoRole.AccountExecutive, aeWest, LosAngeles, west, 1.15),
            Person("005Dm00000nH5yfIAC", "Jasmine", "Nguyen", "jasmine.nguyen", DemoRole.AccountExecutive, aeWest, LosAngeles, west, 1.01),

            Person("005Dm000008HwMvIAK", "Oliver", "Hughes", "oliver.hughes", DemoRole.AccountExecutive, aeEmea, London, emea, 0.85),
            Person("005Dm00000K5r1zIAB", "Fatima", "El-Amin", "fatima.el-amin", DemoRole.AccountExecutive, aeEmea, London, emea, 0.85),
            Person("005Dm00000LxPW9IAN", "Lukas", "Becker", "lukas.becker", DemoRole.AccountExecutive, aeEmea, London, emea, 1.1),
            Person("005Dm00000WW7wzIAD", "Chloé", "Dubois", "chloe.dubois", DemoRole.AccountExecutive, aeEmea, London, emea, 0.96),
            Person("005Dm00000gEBSZIA4", "Samuel", "Mensah", "samuel.mensah", DemoRole.AccountExecutive, aeEmea, London, emea, 1.04),
            Person("005Dm00000g2bJXIAY", "Isla", "MacLeod", "isla.macleod", DemoRole.AccountExecutive, aeEmea, London, emea, 0.9),

            Person("005Dm00000yvsQBIAY", "Ruby", "Thompson", "ruby.thompson", DemoRole.Sdr, sdrApac, Sydney, apac, 0.85),
            Person("005Dm00000NTc4LIAT", "Arjun", "Mehta", "arjun.mehta", DemoRole.Sdr, sdrApac, Sydney, apac, 1.09),
            Person("005Dm000007RfkdIAC", "Lachlan", "Reid", "lachlan.reid", DemoRole.Sdr, sdrApac, Sydney, apac, 0.85),
            Person("005Dm00000Yok0iIAB", "Sofia", "Rossi", "sofia.rossi", DemoRole.Sdr, sdrApac, Sydney, apac, 0.97),
            Person("005Dm00000Ai6XgIAJ", "Hiroshi", "Tanaka", "hiroshi.tanaka", DemoRole.Sdr, sdrApac, Sydney, apac, 1.03),
            Person("005Dm00000c1tP1IAI", "Zoe", "Papadopoulos", "zoe.papadopoulos", DemoRole.Sdr, sdrApac, Sydney, apac, 0.92),
        ];
    }

    private static DemoPerson Person(
        string id, string first, string last, string mailbox, DemoRole role, string team, string zone, string? managerId, double level)
    {
        var locale = zone switch
        {
            London => "en_GB",
            Sydney => "en_AU",
            _ => "en_US",
        };

        // Salesforce usernames look like email addresses but are their own namespace; here they are first initial + surname.
        var username = $"{mailbox[0]}{mailbox[(mailbox.IndexOf('.', StringComparison.Ordinal) + 1)..].Replace("-", "", StringComparison.Ordinal)}@{UsernameDomain}";
        var user = new SalesforceUser(id, username, $"{mailbox}@{EmailDomain}", $"{first} {last}", managerId, zone, locale, IsActive: true);
        return new DemoPerson(user, role, team, level);
    }
}
