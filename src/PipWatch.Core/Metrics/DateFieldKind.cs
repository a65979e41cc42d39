namespace PipWatch.Core.Metrics;

/// <summary>
/// Whether a metric's date field is a Salesforce date (bucketed as stored) or a datetime
/// (bucketed on the rep's local day).
/// </summary>
public enum DateFieldKind
{
    Date,
    DateTime,
}
