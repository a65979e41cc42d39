using System.Text.RegularExpressions;
using PipWatch.Configuration.Binding;
using PipWatch.Configuration.Sections;
using PipWatch.Core.Plans;

namespace PipWatch.Configuration.Plans;

/// <summary>Binds one file under <c>pips/</c> into a <see cref="Pip"/>, or reports why it cannot be run.</summary>
internal static partial class PipBinder
{
    private static readonly string[] s_decisions = ["passed", "failed", "partial"];

    /// <summary>Null when the file has any problem: a plan is run as written or not at all.</summary>
    public static Pip? Bind(MappingReader r, MetricCatalogue metrics, string sourceFile)
    {
        var before = r.Context.Problems.Count;
        var id = r.RequiredString("id", "a short name for the plan, unique across all PIP files, e.g. id: 2026-10-jordan-lee");
        if (id.Length > 0 && !PipId().IsMatch(id))
        {
            r.Report("id", $"{ScalarParsers.Quote(id)} is not a plan id: use letters, digits, '.', '-' and '_' (at most 64)");
        }

        var rep = r.Read<string?>("rep", null, UserParser);
        if (!r.Has("rep"))
        {
            r.ReportMissing("rep", "the rep's Salesforce user Id, username or email, e.g. rep: 005Hs00000AbCdEIAV");
        }

        var manager = r.Read<string?>("manager", null, UserParser);
        var watchers = ReadWatchers(r);
        var timeZone = r.Read<string?>("time_zone", null, ScalarParsers.TimeZoneId);
        var start = r.RequiredDate("start", "the plan's first day, e.g. start: 2026-10-05");
        var end = r.RequiredDate("end", "the plan's last day, e.g. end: 2026-12-11");
        if (start is { } s && end is { } e && e < s)
        {
            r.Report("end", $"the plan ends ({e:yyyy-MM-dd}) before it starts ({s:yyyy-MM-dd})");
        }

        var checkIn = r.Int("check_in_every_working_days", 5, 1, 20);
        var targets = TargetReader.ReadList(r, "targets", metrics, []);
        if (!r.Has("targets"))
        {
            r.ReportMissing("targets", "at least one target, e.g. '- { metric: calls, weekly: 60 }'");
        }
        else if (targets.Count == 0 && r.Context.Problems.Count == before)
        {
            r.Report("targets", "the plan needs at least one target");
        }

        var (amendments, finalEnd) = AmendmentReader.Read(r, start, end, targets, metrics);
        var paused = PausedDaysReader.Read(r, start, finalEnd);
        var decision = r.Read<string?>("decision", null, DecisionParser);
        r.Finish();

        if (r.Context.Problems.Count > before || start is null || end is null || rep is null)
        {
            return null;
        }

        return new Pip(id, new RepReference(rep), start.Value, end.Value, targets, paused, amendments)
        {
            ManagerOverride = manager,
            Watchers = watchers,
            TimeZoneOverride = timeZone,
            CheckInCadenceWorkingDays = checkIn,
            Decision = decision,
            SourceFile = sourceFile,
        };
    }

    /// <summary>The plan's last day once all amendments apply, for checks across plans.</summary>
    public static DateOnly FinalEnd(Pip pip) =>
        pip.Amendments.OrderBy(a => a.EffectiveDate).Aggregate(pip.End, (end, a) => a.NewEndDate ?? end);

    private static List<string> ReadWatchers(MappingReader r)
    {
        var watchers = new List<string>();
        foreach (var (node, path) in r.List("watchers") ?? [])
        {
            if (MappingReader.ItemText(node, path, r.Context.Problems) is not { } text)
            {
                continue;
            }

            if (!UserReferences.TryParse(text, out var user, out var error))
            {
                r.Context.Problems.Add(node.Location, path, error);
            }
            else if (watchers.Any(w => UserReferences.Same(w, user)))
            {
                r.Context.Problems.Add(node.Location, path, $"{text} is listed twice");
            }
            else
            {
                watchers.Add(user);
            }
        }

        return watchers;
    }

    private static bool UserParser(string text, out string? value, out string error)
    {
        var ok = UserReferences.TryParse(text, out var user, out error);
        value = user;
        return ok;
    }

    private static bool DecisionParser(string text, out string? value, out string error)
    {
        value = text.ToLowerInvariant();
        error = $"{ScalarParsers.Quote(text)} is not a decision: use passed, failed or partial (or leave it out while the plan runs)";
        return s_decisions.Contains(value);
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex PipId();
}
