using System.Diagnostics;
using System.Diagnostics.Metrics;
using PipWatch.Salesforce.Http;

namespace PipWatch.Salesforce;

/// <summary>
/// The connector's own meter and activity source, named "PipWatch.Salesforce" so the host can subscribe to them
/// without this project knowing the host: API calls by kind and outcome, and the daily budget the org reports in
/// every response's <c>Sforce-Limit-Info</c> header. Nothing is recorded unless a listener is attached.
/// </summary>
public sealed class SalesforceTelemetry
{
    public const string Name = "PipWatch.Salesforce";

    internal static readonly ActivitySource Source = new(Name);

    private readonly Counter<long> _calls;

    public SalesforceTelemetry(IMeterFactory meterFactory, ApiUsageMonitor usage)
    {
        var meter = meterFactory.Create(Name);
        _calls = meter.CreateCounter<long>(
            "pipwatch.salesforce.api.calls", "{call}", "Salesforce REST calls PipWatch made, by kind and outcome.");
        meter.CreateObservableGauge(
            "pipwatch.salesforce.api.remaining",
            () => usage.Latest is { } latest ? [new Measurement<long>(Math.Max(0, latest.Allowed - latest.Used))] : Array.Empty<Measurement<long>>(),
            "{call}",
            "API calls left in the org's rolling 24-hour allowance, as Salesforce last reported it.");
        meter.CreateObservableGauge(
            "pipwatch.salesforce.api.limit",
            () => usage.Latest is { } latest ? [new Measurement<long>(latest.Allowed)] : Array.Empty<Measurement<long>>(),
            "{call}",
            "The org's rolling 24-hour API allowance, as Salesforce last reported it.");
    }

    /// <param name="kind">login, query, aggregate, count or describe.</param>
    /// <param name="succeeded">False when Salesforce answered with an error or did not answer.</param>
    internal void CallMade(string kind, bool succeeded) =>
        _calls.Add(1, new KeyValuePair<string, object?>("kind", kind), new KeyValuePair<string, object?>("outcome", succeeded ? "success" : "error"));
}
