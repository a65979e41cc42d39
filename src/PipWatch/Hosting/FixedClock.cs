namespace PipWatch.Hosting;

/// <summary>
/// A clock that shows a set instant and moves only when told: <c>--as-of</c> backfills and the demo's simulated days
/// run the production pipeline as if it were that moment.
/// </summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    private DateTimeOffset _now = now;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Set(DateTimeOffset now) => _now = now;
}
