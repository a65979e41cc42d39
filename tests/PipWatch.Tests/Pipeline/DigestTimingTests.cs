using Microsoft.Extensions.DependencyInjection;
using PipWatch.Hosting;
using PipWatch.Pipeline;
using PipWatch.Storage.Notifications;
using PipWatch.Testing.Salesforce;
using PipWatch.Tests.Pipeline.Support;

namespace PipWatch.Tests.Pipeline;

/// <summary>
/// The manager digest's timing through the whole pipeline: a manager in Sydney and one in Los Angeles each get theirs
/// at 08:00 of their own day, none on a weekend or the company holiday, and a digest whose day has run out is dropped
/// rather than delivered late.
/// </summary>
public sealed class DigestTimingTests
{
    private const string Sydney = "Australia/Sydney";
    private const string LosAngeles = "America/Los_Angeles";
    private static readonly DateOnly Holiday = new(2026, 10, 12);

    [Fact]
    public async Task Digests_Arrive_At_Each_Managers_Local_Time_Skip_Weekends_And_Holidays_And_Expire_Rather_Than_Arrive_Late()
    {
        // Arrange: one plan per team, both from Monday October 5; Monday October 12 is a company holiday.
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var world = await PipelineWorld.StartAsync(StorageKind.Sqlite, cancellationToken, new WorldOptions { Holidays = [Holiday] });
        var sydneyUser = world.Org.AddUser("Harper Quinn", timeZone: Sydney);
        var angelesUser = world.Org.AddUser("Luis Romero", timeZone: LosAngeles);
        var sydneyRep = world.Org.AddUser("Mia Chen", managerId: sydneyUser.Id, timeZone: Sydney);
        var angelesRep = world.Org.AddUser("Noah Park", managerId: angelesUser.Id, timeZone: LosAngeles);
        var (sydneyManager, angelesManager) = (Email(sydneyUser), Email(angelesUser));
        world.WritePip("e2e-mia-chen", Email(sydneyRep), new DateOnly(2026, 10, 5), new DateOnly(2026, 11, 27));
        world.WritePip("e2e-noah-park", Email(angelesRep), new DateOnly(2026, 10, 5), new DateOnly(2026, 11, 27));
        var clock = new FixedClock(OrgBuilder.At(LosAngeles, 2026, 10, 8, 5, 0));
        await using var services = await world.BuildServicesAsync(clock, cancellationToken);
        var cycle = services.GetRequiredService<Cycle>();

        // Each step: a full cycle at a local time, and the digests it must deliver (by recipient).
        (DateTimeOffset At, string[] Digests)[] steps =
        [
            (OrgBuilder.At(LosAngeles, 2026, 10, 8, 5, 0), []),                // Sydney 23:00 Thursday: both outside their hours
            (OrgBuilder.At(LosAngeles, 2026, 10, 8, 7, 59), []),
            (OrgBuilder.At(LosAngeles, 2026, 10, 8, 8, 0), [angelesManager]),  // Thursday 08:00 in Los Angeles
            (OrgBuilder.At(Sydney, 2026, 10, 9, 7, 59), []),
            (OrgBuilder.At(Sydney, 2026, 10, 9, 8, 0), [sydneyManager]),       // Friday 08:00 in Sydney
            (OrgBuilder.At(Sydney, 2026, 10, 9, 19, 0), []),                   // same day again: nothing twice
            (OrgBuilder.At(LosAngeles, 2026, 10, 9, 8, 0), [angelesManager]),  // Friday 08:00 in Los Angeles
            (OrgBuilder.At(Sydney, 2026, 10, 10, 8, 0), []),                   // Saturday
            (OrgBuilder.At(LosAngeles, 2026, 10, 10, 8, 0), []),
            (OrgBuilder.At(Sydney, 2026, 10, 11, 8, 0), []),                   // Sunday
            (OrgBuilder.At(LosAngeles, 2026, 10, 11, 8, 0), []),
            (OrgBuilder.At(Sydney, 2026, 10, 12, 8, 0), []),                   // the holiday
            (OrgBuilder.At(LosAngeles, 2026, 10, 12, 12, 0), []),
            (OrgBuilder.At(Sydney, 2026, 10, 13, 8, 0), [sydneyManager]),      // Tuesday 08:00 in Sydney
        ];

        // Act
        var seen = 0;
        var log = new List<string>();
        foreach (var (at, expected) in steps)
        {
            clock.Set(at);
            await cycle.RunOnceAsync(cancellationToken);
            var digests = world.Smtp.Since(seen).Where(m => m.Kind() == "manager_digest").ToList();
            seen = world.Smtp.Messages.Count;
            log.Add($"{at:u}: {digests.Describe()}");

            // Assert
            digests.SelectMany(m => m.EnvelopeTo).Order().ShouldBe(expected.Order(), $"at {at:u}: {digests.Describe()}");
        }

        // Arrange: Los Angeles's Tuesday digest is planned at 19:55 local, but the mail job only runs after 20:00.
        clock.Set(OrgBuilder.At(LosAngeles, 2026, 10, 13, 19, 55));
        await cycle.PollAndEvaluateAsync(cancellationToken);
        await cycle.PlanAsync(cancellationToken);
        var queries = services.GetRequiredService<NotificationQueries>();
        var lateKey = $"digest:{angelesUser.Id}:2026-10-13";
        (await queries.GetByKeyAsync(lateKey, cancellationToken)).ShouldNotBeNull().Status.ShouldBe(NotificationStatus.Pending);
        var before = world.Smtp.Messages.Count;

        // Act
        clock.Set(OrgBuilder.At(LosAngeles, 2026, 10, 13, 20, 5));
        var delivery = await cycle.DeliverAsync(cancellationToken);
        clock.Set(OrgBuilder.At(LosAngeles, 2026, 10, 14, 8, 0));
        await cycle.RunOnceAsync(cancellationToken);

        // Assert: it expired and never went out; Wednesday's digest did, and Sydney's (its own Wednesday) as well.
        delivery.Expired.ShouldBe(1);
        (await queries.GetByKeyAsync(lateKey, cancellationToken)).ShouldNotBeNull().Status.ShouldBe(NotificationStatus.Expired);
        var after = world.Smtp.Since(before).Where(m => m.Kind() == "manager_digest").ToList();
        after.SelectMany(m => m.EnvelopeTo).Order().ShouldBe(new[] { angelesManager, sydneyManager }.Order(), after.Describe());
        world.Smtp.Messages.Count(m => m.Kind() == "manager_digest" && m.EnvelopeTo.Contains(angelesManager)).ShouldBe(3, string.Join('\n', log));
    }

    private static string Email(FakeRecord user) => (string)user["Email"]!;
}
