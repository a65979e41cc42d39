namespace PipWatch.Notifications.Templates.Example;

/// <summary>The model of the example email, a small stand-in that exercises every template feature.</summary>
public sealed record ExampleEmail(
    string RecipientName,
    string RepName,
    DateOnly PlanEnds,
    DateTimeOffset DataAsOf,
    decimal PipelineCreated,
    decimal Attainment,
    IReadOnlyList<ExampleTarget> Targets,
    TrustedHtml? Chart = null,
    Uri? Link = null)
{
    public static ExampleEmail Sample { get; } = new(
        RecipientName: "Dana Whitfield",
        RepName: "Jordan Alvarez",
        PlanEnds: new DateOnly(2025, 3, 28),
        DataAsOf: new DateTimeOffset(2025, 3, 4, 13, 30, 0, TimeSpan.Zero),
        PipelineCreated: 48250.5m,
        Attainment: 0.625m,
        Targets:
        [
            new ExampleTarget("Calls", 118, 150),
            new ExampleTarget("Meetings held", 9, 12),
        ],
        Chart: new TrustedHtml("""<img src="cid:example-chart" alt="Calls so far against the expected pace" width="600" style="display:block;max-width:100%;height:auto;border:0">"""),
        Link: new Uri("https://example.my.salesforce.com/005000000000001"));
}
