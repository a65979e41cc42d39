using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using PipWatch.Core.Evaluation;
using PipWatch.Demo;
using PipWatch.Hosting;
using PipWatch.Pipeline;
using PipWatch.Salesforce;
using PipWatch.Simulation;
using PipWatch.Storage.Notifications;
using PipWatch.Storage.Polling;
using PipWatch.Testing;
using PipWatch.Testing.Salesforce;
using PipWatch.Tests.Pipeline.Support;
using static PipWatch.Tests.Simulation.SimulationHistory;

namespace PipWatch.Tests.Simulation;

/// <summary>
/// The simulation replays a known history through the production pipeline against the fake Salesforce over loopback:
/// exact counts per kind, week and recipient, the at-risk warnings with their reasons, the same emails the worker
/// would have created, a handful of API calls, nothing sent, and no trace left behind.
/// </summary>
public sealed class SimulateTests
{
    /// <summary>Five whole weeks, Monday to Sunday: the plans' second to sixth weeks.</summary>
    private static readonly DateOnly From = new(2026, 10, 12);
    private static readonly DateOnly To = new(2026, 11, 15);

    [Theory]
    [InlineData(StorageKind.Sqlite)]
    [InlineData(StorageKind.Postgres)]
    public async Task Simulate_Counts_Exactly_The_Emails_Of_The_Known_History_And_Sends_Nothing(StorageKind storage)
    {
        // Arrange: a running installation's state exists (migrated, empty); the history is in the org.
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var world = await PipelineWorld.StartAsync(storage, cancellationToken);
        Seed(world);
        await (await world.BuildServicesAsync(new FixedClock(Today), cancellationToken)).DisposeAsync();
        using var work = new TempDirectory();
        await using var progress = new WorkFolderWatch(work.Path);

        // Act
        var report = await new SimulationRunner(progress, interactive: false).RunAsync(Request(world, From, To, work.Path), cancellationToken);

        // Assert: 25 working days, one digest each (both plans in one); each rep's weekly note on the 5 Mondays;
        // celebrations: Dana's weekly goal on each Friday (5), her three-week streak (10-23) and her passed plan (the
        // Saturday after the end), Sam's weekly goal in weeks two and five; the ending-soon note of each plan (11-09).
        report.ByKind.Keys.ShouldBe(SimulationReport.Kinds);
        NonZero(report.ByKind).ShouldBe(
        [
            ("manager_digest", 25), ("rep_weekly", 10), ("celebration", 9), ("at_risk_warning", 3), ("ending_soon", 2),
        ]);
        report.Total.ShouldBe(49);
        report.ByWeek.Select(w => (w.WeekStart, w.Days, w.Total)).ShouldBe(
        [
            (new DateOnly(2026, 10, 12), 7, 9),
            (new DateOnly(2026, 10, 19), 7, 11),
            (new DateOnly(2026, 10, 26), 7, 8),
            (new DateOnly(2026, 11, 2), 7, 9),
            (new DateOnly(2026, 11, 9), 7, 12),
        ]);
        report.ByWeek.Select(w => w.ByKind["celebration"]).ShouldBe([2, 2, 1, 2, 2]);
        report.ByWeek.Select(w => w.ByKind["at_risk_warning"]).ShouldBe([0, 2, 0, 0, 1]);

        // Assert: the manager is copied on every celebration.
        report.ByRecipient.Select(r => (r.Address, r.Name, r.Total)).ShouldBe(
        [
            (ManagerEmail, "Morgan Hale", 39), (SteadyEmail, "Dana Reyes", 12), (DecliningEmail, "Sam Ortiz", 7),
        ]);
        NonZero(report.ByRecipient[0].ByKind).ShouldBe(
            [("manager_digest", 25), ("celebration", 9), ("at_risk_warning", 3), ("ending_soon", 2)]);
        NonZero(report.ByRecipient[1].ByKind).ShouldBe([("rep_weekly", 5), ("celebration", 7)]);
        NonZero(report.ByRecipient[2].ByKind).ShouldBe([("rep_weekly", 5), ("celebration", 2)]);

        // Assert: Sam's warnings. Tuesday 10-20: Monday's 8 calls of the 10 expected (pace 0.8) is at risk. Wednesday:
        // 10 of 20 (0.5) is off track, worse than the last warning, so at once. Tuesday 11-10: back on track in week
        // five, then none on Monday: off track again, the cooldown long over, told as a fall from on track. "actual"
        // includes the day itself.
        report.AtRiskWarnings.Select(w => (w.Day, w.PipId, w.Target, w.PreviousStatus, w.Status, w.Worsening, w.Reason)).ShouldBe(
        [
            (new DateOnly(2026, 10, 20), DecliningPip, "calls", "on_track", "at_risk", false, "pace_below"),
            (new DateOnly(2026, 10, 21), DecliningPip, "calls", "at_risk", "off_track", true, "pace_below"),
            (new DateOnly(2026, 11, 10), DecliningPip, "calls", "on_track", "off_track", false, "pace_below"),
        ]);
        report.AtRiskWarnings.Select(w => (w.Actual, w.Expected, w.Goal, w.Pace)).ShouldBe(
        [
            (10.0, 10.0, 50.0, 0.8), (18.0, 20.0, 50.0, 0.5), (0.0, 10.0, 50.0, 0.0),
        ]);
        report.AtRiskWarnings.ShouldAllBe(w => w.Rep == "Sam Ortiz" && w.Manager == "Morgan Hale" && w.Metric == "Calls" && w.Recipients.SequenceEqual(new[] { ManagerEmail }));

        // Assert: the alert-fatigue view: Morgan Hale gets 3 warnings, two of them in one week.
        var manager = report.AtRiskByManager.ShouldHaveSingleItem();
        (manager.Manager, manager.Address, manager.Total, manager.MaxPerWeek).ShouldBe(("Morgan Hale", ManagerEmail, 3, 2));
        manager.Weeks.Select(w => w.Count).ShouldBe([0, 2, 0, 0, 1]);
        report.Plans.Select(p => (p.PipId, p.Rep, p.Manager, p.Problems.Count)).ShouldBe(
            [(SteadyPip, "Dana Reyes", "Morgan Hale", 0), (DecliningPip, "Sam Ortiz", "Morgan Hale", 0)]);

        // Assert: the table says the same.
        var table = SimulationTable.Format(report);
        table.ShouldStartWith("Simulated 2026-10-12 to 2026-11-15 (35 days) with the current configuration: 49 emails would have gone out. Nothing was sent.");
        table.ShouldMatch(@"(?m)^  manager_digest\s+25\r?$");
        table.ShouldMatch(@"(?m)^  2026-10-19\s+7\s+11\s+5\s+2\s+2\s+2\s+0\r?$");
        table.ShouldContain("Morgan Hale <morgan.hale@acme.example>: 3 in 5 weeks, at most 2 a week");
        table.ShouldMatch(@"(?m)^  2026-10-21 sim-sam-ortiz\s+calls\s+at_risk > off_track\s+pace_below\s+18\s+20\s+50\s+0.5\s+Morgan Hale\r?$");

        // Assert: the replay began the day before the plans started, so the window opens on the worker's state.
        report.ReplayedFrom.ShouldBe(new DateTimeOffset(2026, 10, 4, 0, 0, 0, TimeSpan.Zero));
        report.ReplayedTo.ShouldBe(new DateTimeOffset(2026, 11, 17, 0, 0, 0, TimeSpan.Zero));

        // Assert: one directory query and one query per metric for the whole replay, not one per simulated day.
        report.SalesforceApiCalls.ShouldBe(3);
        world.Salesforce.ApiRequestCount.ShouldBe(3);
        world.Salesforce.LoginCount.ShouldBe(1);

        // Assert: nothing was sent, and the installation's own state saw nothing of it.
        world.Smtp.Messages.ShouldBeEmpty();
        await using (var production = await world.BuildServicesAsync(new FixedClock(Today), cancellationToken))
        {
            (await production.GetRequiredService<NotificationQueries>().CountByStatusAsync(cancellationToken)).Values.Sum().ShouldBe(0);
            (await production.GetRequiredService<MetricPollStatusStore>().GetAllAsync(cancellationToken)).ShouldBeEmpty();
        }

        // Assert: the throwaway database was used while the replay ran, and is gone.
        progress.SawDatabase.ShouldBeTrue();
        Directory.EnumerateFileSystemEntries(work.Path).ShouldBeEmpty();
        progress.ToString().ShouldContain("2026-10-19  9 emails so far");
    }

    [Fact]
    public async Task Simulate_Finds_The_Same_Emails_As_The_Worker_Replaying_The_Same_Days_Against_The_Org()
    {
        // Arrange
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var world = await PipelineWorld.StartAsync(StorageKind.Sqlite, cancellationToken);
        Seed(world);
        var report = await new SimulationRunner(TextWriter.Null, interactive: false).RunAsync(Request(world, From, To), cancellationToken);
        var simulationCalls = world.Salesforce.ApiRequestCount;

        // Act: the production services poll the org itself at every step of the same simulated clock.
        var worker = new List<CreatedNotification>();
        var clock = new FixedClock(report.ReplayedFrom);
        await using (var services = await world.BuildServicesAsync(clock, cancellationToken))
        {
            var cycle = services.GetRequiredService<Cycle>();
            for (var now = report.ReplayedFrom; now <= report.ReplayedTo; now += DemoRunner.Step)
            {
                clock.Set(now);
                await cycle.PollAndEvaluateAsync(cancellationToken);
                var planned = await cycle.PlanAsync(cancellationToken);
                worker.AddRange(planned.Notifications.Where(n => n.Planned.LocalDay >= From && n.Planned.LocalDay <= To));
            }
        }

        // Assert: the same emails, week by week, reader by reader, and the same warnings.
        var calendar = world.LoadSettings().Calendar;
        report.ByWeek.SelectMany(w => NonZero(w.ByKind).Select(k => (w.WeekStart, k.Kind, k.Count))).ShouldBe(
            worker.GroupBy(n => (Week: calendar.WeekStartOf(n.Planned.LocalDay), n.Stored.Kind))
                .OrderBy(g => g.Key.Week).ThenBy(g => SimulationReport.Kinds.ToList().IndexOf(g.Key.Kind))
                .Select(g => (g.Key.Week, g.Key.Kind, g.Count())));
        report.ByRecipient.Select(r => (r.Address, r.Total)).OrderBy(r => r.Address, StringComparer.Ordinal).ShouldBe(
            worker.SelectMany(n => n.Stored.Recipients).GroupBy(a => a).Select(g => (g.Key, g.Count())).OrderBy(r => r.Key, StringComparer.Ordinal));
        report.AtRiskWarnings.Select(w => (w.Day, w.PipId, w.Target, w.Status)).ShouldBe(
            worker.Where(n => n.Planned.Warning is not null)
                .Select(n => (n.Planned.LocalDay, n.Planned.PipIds[0], n.Planned.Warning!.TargetId, n.Planned.Warning.To.ToKey())));

        // Assert: the worker's replay asked the org hundreds of times; the simulation three.
        simulationCalls.ShouldBe(3);
        (world.Salesforce.ApiRequestCount - simulationCalls).ShouldBeGreaterThan(300);
    }

    [Fact]
    public async Task Simulate_Evaluates_Each_Instant_Only_On_What_Had_Happened_By_Then()
    {
        // Arrange: a rep on pace with calls who creates all four opportunities of the plan on Tuesday 10-27. Had
        // the replay let later values into an earlier evaluation, the opportunities would be met from the start.
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var world = await PipelineWorld.StartAsync(StorageKind.Sqlite, cancellationToken);
        var manager = world.Org.AddUser("Morgan Hale", timeZone: Zone);
        var rep = world.Org.AddUser("Lee Park", managerId: manager.Id, timeZone: Zone);
        world.WritePip("sim-lee-park", "lee.park@acme.example", Start, End, weeklyCalls: 50, totalOpportunities: 4);
        for (var day = Start; day <= End; day = day.AddDays(1))
        {
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                for (var i = 0; i < 12; i++)
                {
                    world.Org.AddTask(rep.Id, day);
                }
            }
        }

        foreach (var hour in new[] { 9, 10, 11, 14 })
        {
            world.Org.AddOpportunity(rep.Id, OrgBuilder.At(Zone, 2026, 10, 27, hour, 0), 1000, End);
        }

        // This installation writes its mail to a pickup folder instead of an SMTP server.
        var pickup = Path.Combine(world.Folder, "pickup");
        var settingsFile = Path.Combine(world.ConfigDirectory, "pipwatch.yaml");
        var yaml = Regex.Replace(await File.ReadAllTextAsync(settingsFile, cancellationToken), @"(?m)^  smtp:\n(^    .*\n)+", $"  pickup_folder: {pickup}\n");
        await File.WriteAllTextAsync(settingsFile, yaml, cancellationToken);
        world.LoadSettings().Email.Smtp.ShouldBeNull();

        // Act
        var report = await new SimulationRunner(TextWriter.Null, interactive: false).RunAsync(
            Request(world, Start, new DateOnly(2026, 11, 1)), cancellationToken);

        // Assert: nothing went to the pickup folder.
        (!Directory.Exists(pickup) || !Directory.EnumerateFileSystemEntries(pickup).Any()).ShouldBeTrue();

        // Assert: with none by the end of the first three working days (grace), the opportunities were off track
        // and warned about once (they stayed off track, so no second warning), never once they came.
        var warning = report.AtRiskWarnings.ShouldHaveSingleItem();
        (warning.Day, warning.Target, warning.PreviousStatus, warning.Status, warning.Reason, warning.Actual).ShouldBe(
            (new DateOnly(2026, 10, 8), "opps_created", "not_started", "off_track", "pace_below", 0.0));

        // Assert: celebrations in the week each was earned: the weekly calls goal every Friday, the three-week streak
        // (10-23); half and all of the opportunities on the day they were created (10-27) and the comeback after.
        report.ByWeek.Select(w => (w.WeekStart, w.ByKind["celebration"])).ShouldBe(
        [
            (new DateOnly(2026, 10, 5), 1),
            (new DateOnly(2026, 10, 12), 1),
            (new DateOnly(2026, 10, 19), 2),
            (new DateOnly(2026, 10, 26), 4),
        ]);
    }

    [Fact]
    public async Task Simulate_Removes_Its_Database_And_Stops_When_Salesforce_Cannot_Be_Read()
    {
        // Arrange: every API request fails as during maintenance.
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var world = await PipelineWorld.StartAsync(StorageKind.Sqlite, cancellationToken);
        Seed(world);
        world.Salesforce.Responder = _ => FakeResponse.Html(System.Net.HttpStatusCode.ServiceUnavailable);
        using var work = new TempDirectory();

        // Act
        var failure = await Should.ThrowAsync<SalesforceException>(
            () => new SimulationRunner(TextWriter.Null, interactive: false).RunAsync(Request(world, From, To, work.Path), cancellationToken));

        // Assert
        failure.Message.ShouldNotBeNullOrWhiteSpace();
        Directory.EnumerateFileSystemEntries(work.Path).ShouldBeEmpty();
        world.Smtp.Messages.ShouldBeEmpty();
    }

    [Fact]
    public async Task Simulate_With_No_Plan_In_The_Window_Reports_Nothing_Without_Asking_The_Org()
    {
        // Arrange: the plans ran in October and November 2026; the window is in the spring.
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var world = await PipelineWorld.StartAsync(StorageKind.Sqlite, cancellationToken);
        Seed(world);

        // Act
        var report = await new SimulationRunner(TextWriter.Null, interactive: false).RunAsync(
            Request(world, new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 30)), cancellationToken);

        // Assert
        report.Total.ShouldBe(0);
        report.Plans.ShouldBeEmpty();
        report.ByWeek.Count.ShouldBe(5);
        report.ByWeek.ShouldAllBe(w => w.Total == 0);
        report.AtRiskByManager.ShouldBeEmpty();
        report.SalesforceApiCalls.ShouldBe(0);
        world.Salesforce.ApiRequestCount.ShouldBe(0);
        world.Salesforce.LoginCount.ShouldBe(0);
    }

    private static List<(string Kind, int Count)> NonZero(IReadOnlyDictionary<string, int> counts) =>
        [.. counts.Where(c => c.Value > 0).Select(c => (c.Key, c.Value))];
}
