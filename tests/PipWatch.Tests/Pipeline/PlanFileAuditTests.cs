using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PipWatch.Hosting;
using PipWatch.Pipeline;
using PipWatch.Storage.Audit;
using PipWatch.Testing.Salesforce;
using PipWatch.Tests.Pipeline.Support;

namespace PipWatch.Tests.Pipeline;

/// <summary>
/// The plan's paper trail through real polls on both engines: every version of a PIP file the worker ran on is in
/// the audit log once, with each amendment recorded the first time it appears.
/// </summary>
public sealed class PlanFileAuditTests
{
    private const string Zone = "America/New_York";
    private const string PipId = "audit-dana-reyes";

    [Theory]
    [InlineData(StorageKind.Sqlite)]
    [InlineData(StorageKind.Postgres)]
    public async Task Poll_Records_Each_Plan_File_Version_And_Each_New_Amendment_Once(StorageKind storage)
    {
        // Arrange
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var world = await PipelineWorld.StartAsync(storage, cancellationToken);
        var manager = world.Org.AddUser("Morgan Hale", timeZone: Zone);
        var rep = world.Org.AddUser("Dana Reyes", managerId: manager.Id, timeZone: Zone);
        var email = (string)rep["Email"]!;
        world.WritePip(PipId, email, new DateOnly(2026, 10, 5), new DateOnly(2026, 11, 13));
        var clock = new FixedClock(OrgBuilder.At(Zone, 2026, 10, 7, 9, 0));
        await using var services = await world.BuildServicesAsync(clock, cancellationToken);
        var cycle = services.GetRequiredService<Cycle>();
        var audit = services.GetRequiredService<AuditLog>();
        var path = Path.Combine(world.PipsDirectory, PipId + ".yaml");

        // Act: two polls on the first version, an amended file, two more polls, then a second amendment.
        await cycle.PollAndEvaluateAsync(cancellationToken);
        await cycle.PollAndEvaluateAsync(cancellationToken);
        await File.AppendAllTextAsync(path, Amendments(("2026-10-19", "Territory <b>handover</b> & two weeks of cover")), cancellationToken);
        clock.Set(clock.GetUtcNow().AddDays(1));
        await cycle.PollAndEvaluateAsync(cancellationToken);
        await cycle.PollAndEvaluateAsync(cancellationToken);
        world.WritePip(PipId, email, new DateOnly(2026, 10, 5), new DateOnly(2026, 11, 13));
        await File.AppendAllTextAsync(
            path,
            Amendments(("2026-10-19", "Territory <b>handover</b> & two weeks of cover"), ("2026-10-26", "Goal reviewed with HR")),
            cancellationToken);
        await cycle.PollAndEvaluateAsync(cancellationToken);
        var entries = await audit.GetByPipAsync(PipId, cancellationToken);

        // Assert: three versions, two amendments, each written once, with what the file said.
        var versions = entries.Where(e => e.Kind == AuditKinds.PipFileSeen).ToList();
        versions.Count.ShouldBe(3);
        versions.Select(v => Field(v, "sha256")).Distinct().Count().ShouldBe(3);
        versions.Select(v => Field(v, "amendments")).ShouldBe(["0", "1", "2"]);
        versions.ShouldAllBe(v => Field(v, "file") == PipId + ".yaml");
        var amendments = entries.Where(e => e.Kind == AuditKinds.AmendmentSeen).ToList();
        amendments.Select(a => (Field(a, "effective"), Field(a, "reason"))).ShouldBe(
        [
            ("2026-10-19", "Territory <b>handover</b> & two weeks of cover"),
            ("2026-10-26", "Goal reviewed with HR"),
        ]);
        amendments[0].At.ShouldBe(versions[1].At);
        Field(amendments[0], "new_end").ShouldBe("2026-11-27");
    }

    [Fact]
    public async Task A_Second_Process_On_The_Same_Database_Records_Nothing_Already_Recorded()
    {
        // Arrange: one worker has recorded the file; a fresh process (empty in-memory cache) polls the same files.
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var world = await PipelineWorld.StartAsync(StorageKind.Postgres, cancellationToken);
        var rep = world.Org.AddUser("Dana Reyes", managerId: world.Org.AddUser("Morgan Hale", timeZone: Zone).Id, timeZone: Zone);
        world.WritePip(PipId, (string)rep["Email"]!, new DateOnly(2026, 10, 5), new DateOnly(2026, 11, 13));
        var clock = new FixedClock(OrgBuilder.At(Zone, 2026, 10, 7, 9, 0));
        await using var first = await world.BuildServicesAsync(clock, cancellationToken);
        await using var second = await world.BuildServicesAsync(clock, cancellationToken);

        // Act
        await first.GetRequiredService<Cycle>().PollAndEvaluateAsync(cancellationToken);
        await second.GetRequiredService<Cycle>().PollAndEvaluateAsync(cancellationToken);

        // Assert
        var entries = await first.GetRequiredService<AuditLog>().GetByPipAsync(PipId, cancellationToken);
        entries.Count(e => e.Kind == AuditKinds.PipFileSeen).ShouldBe(1);
    }

    private static string Amendments(params (string Effective, string Reason)[] amendments) =>
        "\namendments:\n" + string.Concat(amendments.Select((a, index) => $"""
              - effective: {a.Effective}
                reason: "{a.Reason}"
                end: 2026-11-{27 + index}

            """));

    private static string? Field(AuditEntry entry, string name)
    {
        using var document = JsonDocument.Parse(entry.DetailsJson!);
        var property = document.RootElement.EnumerateObject()
            .First(p => string.Equals(p.Name.Replace("_", "", StringComparison.Ordinal), name.Replace("_", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase));
        return property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : property.Value.GetRawText();
    }
}
