using PipWatch.Configuration.Loading;
using PipWatch.Configuration.Settings;
using PipWatch.Configuration.Tests.Infrastructure;
using PipWatch.Core.Metrics;
using PipWatch.Core.Plans;

namespace PipWatch.Configuration.Tests.Loading;

/// <summary>What valid files turn into: defaults, inferred values and the shapes the core expects.</summary>
public sealed class BindingTests
{
    private static readonly Dictionary<string, string?> s_noEnvironment = [];

    private static LoadedConfiguration Load(string? settings = null, string? pip = null)
    {
        using var dir = TempConfigDirectory.WithValidBase();
        if (settings is not null)
        {
            dir.Write("pipwatch.yaml", settings);
        }

        if (pip is not null)
        {
            dir.Write("pips/base-plan.yaml", pip);
        }

        var loaded = ConfigurationLoader.Load(dir.Path, s_noEnvironment);
        loaded.AllProblems.Select(p => p.ToString()).ShouldBeEmpty();
        return loaded;
    }

    [Fact]
    public void Omitted_Sections_Take_Their_Defaults()
    {
        var settings = Load().Settings!;

        var defaults = new Core.Settings.Thresholds();
        (settings.Thresholds with { MilestoneFractions = defaults.MilestoneFractions }).ShouldBe(defaults);
        settings.Thresholds.MilestoneFractions.ShouldBe(defaults.MilestoneFractions);
        settings.Schedules.ShouldBe(new ScheduleSettings());
        settings.Email.Smtp.ShouldBeNull();
        settings.Storage.PostgresConnectionString.ShouldBeNull();
        settings.Calendar.WorkingDays.Count.ShouldBe(5);
    }

    [Fact]
    public void Values_Are_Read_In_The_Forms_Ops_Write_Them()
    {
        var settings = Load(SampleConfig.Salesforce + """
            thresholds:
              stale_after: 1h30m
              milestone_fractions: [1.0, 0.25, 0.5]
            schedules:
              manager_digest_time: "7:45"
              rep_weekly_day: Fri
            email:
              smtp:
                host: smtp.acme.example
                security: StartTLS

            """ + SampleConfig.Metrics).Settings!;

        settings.Thresholds.StaleAfter.ShouldBe(TimeSpan.FromMinutes(90));
        settings.Thresholds.MilestoneFractions.ShouldBe([0.25, 0.5, 1.0]);
        settings.Schedules.ManagerDigestTime.ShouldBe(new TimeOnly(7, 45));
        settings.Schedules.RepWeeklyDay.ShouldBe(DayOfWeek.Friday);
        settings.Email.Smtp!.Security.ShouldBe(SmtpSecurity.StartTls);
        settings.Email.Smtp.Port.ShouldBe(587);
    }

    [Fact]
    public void Date_Type_Is_Inferred_For_Well_Known_Fields_And_Label_From_The_Name()
    {
        var metrics = Load().Settings!.Metrics;

        var meetings = metrics["meetings_held"].ShouldBeOfType<QueryMetric>();
        meetings.DateFieldKind.ShouldBe(DateFieldKind.DateTime);
        meetings.Label.ShouldBe("Meetings held");
        meetings.OwnerField.ShouldBe("OwnerId");
        metrics["calls"].ShouldBeOfType<QueryMetric>().DateFieldKind.ShouldBe(DateFieldKind.Date);
    }

    [Theory]
    [InlineData("25%")]
    [InlineData("0.25")]
    public void Percent_Goals_May_Be_Written_Either_Way(string goal)
    {
        var pip = Load(pip: $"id: p\nrep: rep@acme.example\nstart: 2026-10-05\nend: 2026-12-11\ntargets:\n  - metric: meeting_to_opp\n    rate: {goal}\n    direction: at_least\n").Pips.Single();

        pip.Targets.Single().Goal.ShouldBe(0.25, 1e-12);
    }

    [Fact]
    public void Amendments_Are_Replayed_In_Date_Order()
    {
        var pip = Load(pip: """
            id: p
            rep: rep@acme.example
            start: 2026-10-05
            end: 2026-12-11
            targets:
              - metric: calls
                weekly: 60
              - id: score
                metric: call_score
                rate: 75
                direction: at_least
                must_have: false
            amendments:
              - effective: 2026-12-01
                reason: Extend past the holidays
                end: 2027-01-15
                add_targets:
                  - metric: opps_created
                    total: 6
              - effective: 2026-11-02
                reason: Calls matter less than conversations for now
                goals:
                  calls: 45
                drop_targets: [score]

            """).Pips.Single();

        pip.End.ShouldBe(new DateOnly(2026, 12, 11));
        pip.Amendments.Select(a => a.EffectiveDate).ShouldBe([new DateOnly(2026, 11, 2), new DateOnly(2026, 12, 1)]);
        pip.Amendments[0].GoalChanges.ShouldBe([new GoalChange("calls", 45)]);
        pip.Amendments[0].DroppedTargetIds.ShouldBe(["score"]);
        pip.Amendments[1].NewEndDate.ShouldBe(new DateOnly(2027, 1, 15));
        pip.Amendments[1].AddedTargets.ShouldBe([new Target("opps_created", "opps_created", GoalKind.Total, 6)]);
    }

    [Fact]
    public void Paused_Days_May_Fall_In_An_Amended_Extension()
    {
        var pip = Load(pip: """
            id: p
            rep: rep@acme.example
            start: 2026-10-05
            end: 2026-12-11
            paused:
              - 2026-12-16
            targets:
              - metric: calls
                weekly: 60
            amendments:
              - effective: 2026-12-07
                reason: Extended by a week
                end: 2026-12-18

            """).Pips.Single();

        pip.PausedDays.ShouldBe([DateRange.OneDay(new DateOnly(2026, 12, 16))]);
    }

    [Fact]
    public void Optional_Plan_Keys_Take_Their_Defaults()
    {
        var pip = Load().Pips.Single();

        pip.CheckInCadenceWorkingDays.ShouldBe(5);
        pip.ManagerOverride.ShouldBeNull();
        pip.TimeZoneOverride.ShouldBeNull();
        pip.Decision.ShouldBeNull();
        pip.Targets.Single().ShouldBe(new Target("calls", "calls", GoalKind.Weekly, 60, Direction.AtLeast, MustHave: true));
    }
}
