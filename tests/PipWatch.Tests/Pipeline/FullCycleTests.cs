using Microsoft.Extensions.DependencyInjection;
using PipWatch.Hosting;
using PipWatch.Pipeline;
using PipWatch.Storage.Notifications;
using PipWatch.Storage.Polling;
using PipWatch.Testing.Salesforce;
using PipWatch.Tests.Pipeline.Support;

namespace PipWatch.Tests.Pipeline;

/// <summary>
/// Full cycles (poll, evaluate, plan, deliver) through the production services, against the fake Salesforce over
/// loopback and a real SMTP server, on both storage engines: the expected emails reach the right people with the
/// figures Salesforce holds.
/// </summary>
public sealed class FullCycleTests
{
    private const string Zone = "America/New_York";
    private const string PipId = "e2e-dana-reyes";
    private static readonly DateOnly Start = new(2026, 10, 5);
    private static readonly DateOnly End = new(2026, 11, 13);

    [Theory]
    [InlineData(StorageKind.Sqlite)]
    [InlineData(StorageKind.Postgres)]
    public async Task RunOnce_Through_The_First_Week_Sends_Each_Note_Once_To_The_Right_Person_With_The_Figures(StorageKind storage)
    {
        // Arrange: a rep on a plan from Monday, their manager, and a teammate who is on no plan.
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var world = await PipelineWorld.StartAsync(storage, cancellationToken);
        var manager = world.Org.AddUser("Morgan Hale", timeZone: Zone);
        var rep = world.Org.AddUser("Dana Reyes", managerId: manager.Id, timeZone: Zone);
        var teammate = world.Org.AddUser("Casey Ortiz", managerId: manager.Id, timeZone: Zone);
        world.WritePip(PipId, Email(rep), Start, End);
        var clock = new FixedClock(OrgBuilder.At(Zone, 2026, 10, 5, 8, 5));
        await using var services = await world.BuildServicesAsync(clock, cancellationToken);
        var cycle = services.GetRequiredService<Cycle>();

        // Act 1: the start date, just after 08:00 in the team's zone, before any activity.
        var monday = await cycle.RunOnceAsync(cancellationToken);

        // Assert 1: both kickoffs and the first digest, each to its own reader.
        var mondayMail = world.Smtp.Since(0);
        monday.Poll.Outcome.ShouldBe(PollOutcome.Succeeded, monday.Poll.Error);
        monday.Delivery.Sent.ShouldBe(3, mondayMail.Describe());
        Addressed(mondayMail).ShouldBe(
        [
            ("manager_digest", Email(manager)),
            ("manager_kickoff", Email(manager)),
            ("rep_kickoff", Email(rep)),
        ]);
        var kickoff = mondayMail.Single(m => m.Kind() == "rep_kickoff").Text();
        kickoff.ShouldContain("Hello Dana Reyes");
        kickoff.ShouldContain("Calls: 50 a week");
        kickoff.ShouldContain("Opportunities created: 10 by Friday, November 13, 2026");
        kickoff.ShouldContain("Figures as of Monday, October 5, 2026 8:05 AM");
        mondayMail.Single(m => m.Kind() == "manager_digest").Text().ShouldContain("0 of 50 this week");

        // Arrange 2: the rep logs calls Monday to Wednesday and creates three opportunities on Tuesday.
        AddCalls(world.Org, rep.Id, Start, 12);
        AddCalls(world.Org, rep.Id, Start.AddDays(1), 9);
        AddCalls(world.Org, rep.Id, Start.AddDays(2), 11);
        AddCalls(world.Org, teammate.Id, Start.AddDays(1), 40);
        foreach (var hour in new[] { 10, 13, 15 })
        {
            world.Org.AddOpportunity(rep.Id, OrgBuilder.At(Zone, 2026, 10, 6, hour, 0), 5000, End);
        }

        // Act 2: Tuesday 08:05 (the check-in reminder's day), then Thursday 08:05 (Wednesday's run was missed).
        clock.Set(OrgBuilder.At(Zone, 2026, 10, 6, 8, 5));
        await cycle.RunOnceAsync(cancellationToken);
        var tuesdayMail = world.Smtp.Since(3);
        clock.Set(OrgBuilder.At(Zone, 2026, 10, 8, 8, 5));
        var thursday = await cycle.RunOnceAsync(cancellationToken);
        var thursdayMail = world.Smtp.Since(3 + tuesdayMail.Count);

        // Assert 2: Tuesday brings the reminder and a digest; Thursday only a digest, with the rep's own figures
        // (the teammate's calls are not theirs) and no kickoff a second time.
        Addressed(tuesdayMail).ShouldBe([("check_in_reminder", Email(manager)), ("manager_digest", Email(manager))]);
        thursday.Plan.Created.ShouldBe(1);
        var digest = thursdayMail.ShouldHaveSingleItem(thursdayMail.Describe());
        Addressed([digest]).ShouldBe([("manager_digest", Email(manager))]);
        var text = digest.Text();
        text.ShouldContain("Figures as of Thursday, October 8, 2026 8:05 AM");
        text.ShouldContain("=== Dana Reyes: On track ===");
        text.ShouldContain("32 of 50 this week (goal 50 a week)");
        text.ShouldContain("Expected by now: 30;");
        text.ShouldContain("3 of 10 (goal 10 by Friday, November 13, 2026)");
        world.Smtp.Messages.ShouldNotContain(m => m.EnvelopeTo.Contains(Email(teammate)));

        // The outbox holds each note once, sent, under the Message-Id the server saw.
        var stored = await services.GetRequiredService<NotificationQueries>().GetByPipAsync(PipId, cancellationToken);
        stored.Count.ShouldBe(6);
        stored.ShouldAllBe(n => n.Status == NotificationStatus.Sent);
        stored.Select(n => n.MessageId).Order().ShouldBe(world.Smtp.Messages.Select(m => m.MessageId()).Order());
    }

    private static string Email(FakeRecord user) => (string)user["Email"]!;

    private static List<(string Kind, string To)> Addressed(IEnumerable<Testing.ReceivedMessage> messages) =>
        [.. messages.Select(m => (m.Kind(), string.Join(',', m.EnvelopeTo))).Order()];

    private static void AddCalls(FakeOrg org, string ownerId, DateOnly day, int count)
    {
        for (var i = 0; i < count; i++)
        {
            org.AddTask(ownerId, day);
        }
    }
}
