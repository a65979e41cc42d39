using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PipWatch.Hosting;
using PipWatch.Pipeline;
using PipWatch.Salesforce;
using PipWatch.Telemetry;
using PipWatch.Tests.Pipeline.Support;

namespace PipWatch.Tests.Telemetry;

/// <summary>
/// A traced cycle through the production services against the fake org: every span the README documents appears
/// under its documented parent with its documented tags, the counts match what happened, and no tag names a person.
/// </summary>
public sealed class TracingTests
{
    private const string TestSourceName = "PipWatch.Tests.Tracing";

    [Fact]
    public async Task RunOnce_Produces_Every_Documented_Span_Under_Its_Parent_Without_Personal_Data()
    {
        // Arrange: listen to PipWatch's sources; keep only this test's trace (other tests run cycles in parallel).
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var world = await PipelineWorld.StartAsync(StorageKind.Sqlite, cancellationToken);
        var personal = TelemetryScenario.Arrange(world);
        await using var services = await world.BuildServicesAsync(new FixedClock(TelemetryScenario.Now), cancellationToken);
        var cycle = services.GetRequiredService<Cycle>();
        var stopped = new ConcurrentQueue<Activity>();
        using var testSource = new ActivitySource(TestSourceName);
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is PipWatchTracing.SourceName or SalesforceTelemetry.Name or TestSourceName,
            Sample = (ref _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);

        // Act
        ActivityTraceId trace;
        CycleSummary summary;
        using (var root = testSource.StartActivity("test")!)
        {
            trace = root.TraceId;
            summary = await cycle.RunOnceAsync(cancellationToken);
        }

        // Assert: every documented span under its documented parent, with its tags; nothing undocumented.
        var spans = stopped.Where(a => a.TraceId == trace && a.Source.Name != TestSourceName).ToList();
        var byId = spans.ToDictionary(a => a.SpanId);
        string? ParentName(Activity span) => byId.TryGetValue(span.ParentSpanId, out var parent) ? parent.OperationName : null;
        var documented = ObservabilityDocs.Spans();
        foreach (var span in documented)
        {
            var found = spans.Where(a => a.OperationName == span.Name && ParentName(a) == span.Parent).ToList();
            found.ShouldNotBeEmpty($"no span {span.Name} under {span.Parent ?? "nothing"}; traced: {Describe(spans, ParentName)}");
            foreach (var tag in span.Tags)
            {
                found.ShouldAllBe(a => a.GetTagItem(tag) != null, $"{span.Name} lacks its documented tag {tag}");
            }
        }

        spans.Select(a => a.OperationName).Distinct().ShouldBeSubsetOf(documented.Select(s => s.Name), "a span is emitted but not documented in README.md");
        spans.ShouldAllBe(a => a.Status != ActivityStatusCode.Error);

        // Assert: the counts are the cycle's.
        summary.Delivery.Sent.ShouldBe(3);
        Single(spans, "pipwatch.poll").GetTagItem("pipwatch.reps").ShouldBe(1);
        Single(spans, "pipwatch.poll").GetTagItem("pipwatch.values").ShouldBe(summary.Poll.Values);
        Single(spans, "pipwatch.poll").GetTagItem("pipwatch.poll.outcome").ShouldBe("succeeded");
        Single(spans, "pipwatch.deliver").GetTagItem("pipwatch.emails.sent").ShouldBe(3);
        Single(spans, "pipwatch.plan").GetTagItem("pipwatch.notifications.created").ShouldBe(summary.Plan.Created);
        var groups = spans.Where(a => a.OperationName == "pipwatch.poll.metric_group").ToList();
        groups.Select(g => g.GetTagItem("pipwatch.salesforce.object")).ShouldBe(["Task", "Opportunity"], ignoreOrder: true);
        groups.Sum(g => (int)g.GetTagItem("pipwatch.queries")!).ShouldBe(summary.Poll.ApiCalls);
        groups.ShouldAllBe(g => (int)g.GetTagItem("pipwatch.rows")! > 0);

        // Assert: no tag carries a name, an address or a user Id.
        var values = spans.SelectMany(a => a.TagObjects).Select(t => Convert.ToString(t.Value, System.Globalization.CultureInfo.InvariantCulture) ?? "");
        values.Where(v => personal.Any(p => v.Contains(p, StringComparison.Ordinal))).ShouldBeEmpty();
    }

    private static Activity Single(List<Activity> spans, string name) =>
        spans.Where(a => a.OperationName == name).ShouldHaveSingleItem($"one {name} span");

    private static string Describe(List<Activity> spans, Func<Activity, string?> parentName) =>
        string.Join(", ", spans.Select(a => $"{a.OperationName} < {parentName(a) ?? "-"}"));
}
