using PipWatch.Configuration.Binding;
using PipWatch.Core.Settings;

namespace PipWatch.Configuration.Sections;

internal static class ThresholdsSection
{
    private const string FractionRule = "must be a fraction above 0 and at most 1, e.g. 0.8";

    public static Thresholds Read(MappingReader r)
    {
        var d = new Thresholds();
        var settings = new Thresholds
        {
            AtRiskPace = Fraction(r, "at_risk_pace", d.AtRiskPace),
            OffTrackPace = Fraction(r, "off_track_pace", d.OffTrackPace),
            OffTrackProjection = Fraction(r, "off_track_projection", d.OffTrackProjection),
            Hysteresis = r.Read("hysteresis", d.Hysteresis, ScalarParsers.Number, v => v >= 0 && v <= 0.5, "must be from 0 to 0.5, e.g. 0.05"),
            GraceWorkingDays = r.Int("grace_working_days", d.GraceWorkingDays, 0, 20),
            CooldownWorkingDays = r.Int("cooldown_working_days", d.CooldownWorkingDays, 0, 20),
            MilestoneFractions = ReadMilestones(r, d.MilestoneFractions),
            StreakWeeks = r.Int("streak_weeks", d.StreakWeeks, 2, 26),
            ComebackWorkingDays = r.Int("comeback_working_days", d.ComebackWorkingDays, 1, 20),
            RecentRateWorkingDays = r.Int("recent_rate_working_days", d.RecentRateWorkingDays, 1, 60),
            RelapseWatchWeeks = r.Int("relapse_watch_weeks", d.RelapseWatchWeeks, 0, 52),
            RelapseMissedWeeks = r.Int("relapse_missed_weeks", d.RelapseMissedWeeks, 1, 8),
            EndingSoonWorkingDays = r.Int("ending_soon_working_days", d.EndingSoonWorkingDays, 1, 20),
            StaleAfter = r.Duration("stale_after", d.StaleAfter, TimeSpan.FromMinutes(5), TimeSpan.FromDays(7)),
            RestatementDays = r.Int("restatement_days", d.RestatementDays, 1, 60),
        };

        if (settings.OffTrackPace >= settings.AtRiskPace)
        {
            r.Report(r.Has("off_track_pace") ? "off_track_pace" : "at_risk_pace",
                $"off_track_pace ({settings.OffTrackPace}) must be below at_risk_pace ({settings.AtRiskPace}): a target is at risk before it is off track");
        }

        r.Finish();
        return settings;
    }

    private static double Fraction(MappingReader r, string key, double fallback) =>
        r.Read(key, fallback, ScalarParsers.Number, v => v > 0 && v <= 1, FractionRule);

    private static List<double> ReadMilestones(MappingReader r, IReadOnlyList<double> fallback)
    {
        if (r.List("milestone_fractions") is not { } items)
        {
            return [.. fallback];
        }

        var fractions = new List<double>();
        foreach (var (node, path) in items)
        {
            if (MappingReader.ItemText(node, path, r.Context.Problems) is not { } text)
            {
                continue;
            }

            if (!ScalarParsers.Number(text, out var value, out var error))
            {
                r.Context.Problems.Add(node.Location, path, error);
            }
            else if (value <= 0 || value > 1)
            {
                r.Context.Problems.Add(node.Location, path, $"{ScalarParsers.Quote(text)} {FractionRule}");
            }
            else if (fractions.Contains(value))
            {
                r.Context.Problems.Add(node.Location, path, $"{text} is listed twice");
            }
            else
            {
                fractions.Add(value);
            }
        }

        fractions.Sort();
        return fractions;
    }
}
