using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using PipWatch.Hosting;
using PipWatch.Pipeline;
using PipWatch.Testing;
using PipWatch.Testing.Salesforce;
using PipWatch.Tests.Pipeline.Support;

namespace PipWatch.Tests.Reporting;

/// <summary>
/// A short plan run through real cycles (fake Salesforce over loopback, the SMTP test server, a fixed clock) so the
/// state database holds what a report documents: kickoffs, the check-in reminder, digests to the manager and an HR
/// watcher, an amendment made mid-plan with a hostile reason, a celebration whose copy the mail server refused, a
/// digest it refused outright, the end of the plan and a decision. A second plan with another manager runs beside
/// it, and a third plan has not started.
/// </summary>
public sealed class ReportScenario : IAsyncDisposable
{
    public const string Zone = "America/New_York";
    public const string PipId = "e2e-dana-reyes";
    public const string OtherPipId = "e2e-casey-ortiz";
    public const string LaterPipId = "e2e-later-plan";
    public const string WatcherEmail = "hr.partner@acme.example";
    public const string RepName = "Dana <script>alert('rep')</script> Reyes";
    public const string RepEmail = "dana.reyes@acme.example";
    public const string ManagerEmail = "morgan.hale@acme.example";

    /// <summary>Data someone typed: markup that must come out as text, never as an element.</summary>
    public const string HostileReason = "Two days of training moved <script>alert('pwned')</script> & \"the goal\" <b>down</b>.";

    public static readonly DateOnly Start = new(2026, 10, 5);
    public static readonly DateOnly End = new(2026, 10, 9);
    public static readonly DateOnly AmendedEnd = new(2026, 10, 13);
    public static readonly DateOnly AmendmentDate = new(2026, 10, 8);

    private ReportScenario(PipelineWorld world, ServiceProvider services, TempDirectory output)
    {
        World = world;
        Services = services;
        Output = output;
    }

    public PipelineWorld World { get; }

    /// <summary>The production services the cycles ran with (for reading the outbox in assertions).</summary>
    public ServiceProvider Services { get; }

    public TempDirectory Output { get; }

    /// <summary>Four working days of cycles: Monday, Tuesday and Thursday of the first week, Wednesday after the end.</summary>
    public static async Task<ReportScenario> RunAsync(StorageKind storage, CancellationToken cancellationToken)
    {
        var world = await PipelineWorld.StartAsync(storage, cancellationToken);
        var manager = world.Org.AddUser("Morgan Hale", email: ManagerEmail, timeZone: Zone);
        var rep = world.Org.AddUser(RepName, email: RepEmail, managerId: manager.Id, timeZone: Zone);
        var otherManager = world.Org.AddUser("Riley Stone", timeZone: Zone);
        var other = world.Org.AddUser("Casey Ortiz", managerId: otherManager.Id, timeZone: Zone);
        var repId = (string)rep["Id"]!;
        WritePlan(world, repId, amended: false);
        world.WritePip(OtherPipId, (string)other["Email"]!, Start, End);
        world.WritePip(LaterPipId, (string)other["Email"]!, new DateOnly(2027, 3, 1), new DateOnly(2027, 4, 30));

        var clock = new FixedClock(OrgBuilder.At(Zone, 2026, 10, 5, 8, 5));
        var services = await world.BuildServicesAsync(clock, cancellationToken);
        var cycle = services.GetRequiredService<Cycle>();

        // Monday: kickoffs and first digests. Four opportunities that afternoon (40 % of the first goal of 10).
        await cycle.RunOnceAsync(cancellationToken);
        foreach (var hour in new[] { 13, 14, 15, 16 })
        {
            world.Org.AddOpportunity(rep.Id, OrgBuilder.At(Zone, 2026, 10, 5, hour, 0), 5000, AmendedEnd);
        }

        AddCalls(world.Org, rep.Id, Start, 12);

        // Tuesday: the check-in reminder.
        clock.Set(OrgBuilder.At(Zone, 2026, 10, 6, 8, 5));
        await cycle.RunOnceAsync(cancellationToken);
        AddCalls(world.Org, rep.Id, Start.AddDays(1), 12);
        AddCalls(world.Org, rep.Id, Start.AddDays(2), 12);

        // Thursday: the plan is amended from today (goal 10 → 8 makes 4 opportunities 50 %: a celebration to the rep,
        // copied to the manager), and the mail server now refuses the manager's address.
        WritePlan(world, repId, amended: true);
        world.Smtp.RecipientFilter = address => !string.Equals(address, ManagerEmail, StringComparison.OrdinalIgnoreCase);
        clock.Set(OrgBuilder.At(Zone, 2026, 10, 8, 8, 5));
        await cycle.RunOnceAsync(cancellationToken);
        AddCalls(world.Org, rep.Id, Start.AddDays(3), 15);
        AddCalls(world.Org, rep.Id, Start.AddDays(4), 10);
        AddCalls(world.Org, rep.Id, new DateOnly(2026, 10, 12), 5);
        foreach (var hour in new[] { 10, 11, 12, 13 })
        {
            world.Org.AddOpportunity(rep.Id, OrgBuilder.At(Zone, 2026, 10, 12, hour, 0), 5000, AmendedEnd);
        }

        // The Wednesday after the amended end: the plan has ended (calls missed in its second week, opportunities
        // met), and the manager has recorded the decision.
        WritePlan(world, repId, amended: true, decision: "partial");
        world.Smtp.RecipientFilter = _ => true;
        clock.Set(OrgBuilder.At(Zone, 2026, 10, 14, 8, 5));
        await cycle.RunOnceAsync(cancellationToken);

        return new ReportScenario(world, services, new TempDirectory());
    }

    /// <summary>Runs <c>pipwatch report</c> in this process on the world's configuration, writing to <see cref="Output"/>.</summary>
    public Task<CliRun> ReportAsync(string pipId, CancellationToken cancellationToken, params string[] more) =>
        CliRun.InvokeAsync(World.Environment, cancellationToken, ["report", "--pip", pipId, "--config", World.ConfigDirectory, "--out", Output.Path, .. more]);

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await World.DisposeAsync();
        Output.Dispose();
    }

    /// <summary>The plan names its rep by Salesforce Id, as plan files usually do (the other plan names its rep by email).</summary>
    private static void WritePlan(PipelineWorld world, string repId, bool amended, string? decision = null)
    {
        var yaml = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"""
            id: {PipId}
            rep: {repId}
            watchers:
              - {WatcherEmail}
            start: {Start:yyyy-MM-dd}
            end: {End:yyyy-MM-dd}
            check_in_every_working_days: 3
            targets:
              - metric: calls
                weekly: 50
              - metric: opps_created
                total: 10

            """));
        if (amended)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"""
                amendments:
                  - effective: {AmendmentDate:yyyy-MM-dd}
                    reason: '{HostileReason.Replace("'", "''", StringComparison.Ordinal)}'
                    end: {AmendedEnd:yyyy-MM-dd}
                    goals:
                      opps_created: 8

                """);
        }

        if (decision is not null)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"decision: {decision}\n");
        }

        File.WriteAllText(Path.Combine(world.PipsDirectory, PipId + ".yaml"), yaml.ToString(), Encoding.UTF8);
    }

    private static void AddCalls(FakeOrg org, string ownerId, DateOnly day, int count)
    {
        for (var i = 0; i < count; i++)
        {
            org.AddTask(ownerId, day);
        }
    }
}
