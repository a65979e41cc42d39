using System.Diagnostics.Metrics;
using PipWatch.Core.Evaluation;
using PipWatch.Storage.Polling;

namespace PipWatch.Telemetry;

/// <summary>
/// The worker's measurements on the "PipWatch" meter: polls, emails, jobs, the outbox backlog and plans by status.
/// Gauges report the snapshot the pipeline last handed over, so a scrape never touches the database. Without a
/// listener (the one-shot commands start none) recording costs next to nothing.
/// </summary>
public sealed class PipWatchMetrics
{
    public const string MeterName = "PipWatch";

    // Polls and jobs take from a second (a quiet org) to many minutes (a first poll of a large one).
    private static readonly IReadOnlyList<double> s_durationBuckets = [0.1, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600, 1800];

    private readonly TimeProvider _time;
    private readonly Histogram<double> _pollDuration;
    private readonly Counter<long> _polls;
    private readonly Counter<long> _emails;
    private readonly Histogram<double> _jobDuration;
    private readonly ObservableGauge<long> _outboxPending;
    private readonly ObservableGauge<double> _outboxOldestAge;
    private volatile OutboxSnapshot? _outbox;
    private volatile IReadOnlyDictionary<TargetStatus, int>? _plans;

    public PipWatchMetrics(IMeterFactory meterFactory, TimeProvider time)
    {
        _time = time;
        var meter = meterFactory.Create(MeterName);
        var durations = new InstrumentAdvice<double> { HistogramBucketBoundaries = s_durationBuckets };
        _pollDuration = meter.CreateHistogram("pipwatch.poll.duration", "s", "How long each Salesforce poll took, by outcome.", advice: durations);
        _polls = meter.CreateCounter<long>("pipwatch.polls", "{poll}", "Salesforce polls run, by outcome.");
        _emails = meter.CreateCounter<long>("pipwatch.emails", "{email}", "Delivery outcomes of notification emails, by kind and outcome.");
        _jobDuration = meter.CreateHistogram("pipwatch.job.duration", "s", "How long each recurring job run took, by job and outcome.", advice: durations);
        _outboxPending = meter.CreateObservableGauge("pipwatch.outbox.pending", ObservePending, "{email}",
            "Emails in the outbox not yet delivered (waiting or being sent), as of the last planning or delivery run.");
        _outboxOldestAge = meter.CreateObservableGauge("pipwatch.outbox.oldest_pending_age", ObserveOldestAge, "s",
            "How long the oldest undelivered email has waited since it was created; 0 when none waits.");
        meter.CreateObservableGauge("pipwatch.pips", ObservePlans, "{pip}", "Plans in scope by overall status, as of the last evaluation.");
    }

    /// <summary>True when something reads the outbox gauges, so a refresh is worth its two queries.</summary>
    public bool OutboxObserved => _outboxPending.Enabled || _outboxOldestAge.Enabled;

    public void PollFinished(PollOutcome outcome, TimeSpan duration)
    {
        var tag = new KeyValuePair<string, object?>("outcome", Key(outcome));
        _polls.Add(1, tag);
        _pollDuration.Record(duration.TotalSeconds, tag);
    }

    /// <param name="kind">The notification's kind as stored (manager_digest, rep_kickoff, ...).</param>
    public void EmailDelivered(string kind, EmailOutcome outcome, int count = 1)
    {
        if (count > 0)
        {
            _emails.Add(count, new("kind", kind), new("outcome", OutcomeKey(outcome)));
        }
    }

    /// <summary>Runs a recurring job's body and records its duration and whether it threw.</summary>
    public async Task MeasureJobAsync(string job, Func<Task> run)
    {
        var started = _time.GetTimestamp();
        var outcome = "failed";
        try
        {
            await run();
            outcome = "succeeded";
        }
        finally
        {
            _jobDuration.Record(_time.GetElapsedTime(started).TotalSeconds, new("job", job), new("outcome", outcome));
        }
    }

    /// <param name="oldestCreatedAt">When the oldest undelivered email was created; null when none waits.</param>
    public void OutboxRefreshed(int pending, DateTimeOffset? oldestCreatedAt) => _outbox = new OutboxSnapshot(pending, oldestCreatedAt);

    /// <summary>Replaces the plans-by-status snapshot with one evaluation's plans (every plan in scope).</summary>
    public void PlansEvaluated(IEnumerable<TargetStatus> statuses)
    {
        var counts = Enum.GetValues<TargetStatus>().ToDictionary(s => s, _ => 0);
        foreach (var status in statuses)
        {
            counts[status]++;
        }

        _plans = counts;
    }

    private IEnumerable<Measurement<long>> ObservePending() =>
        _outbox is { } outbox ? [new Measurement<long>(outbox.Pending)] : [];

    private IEnumerable<Measurement<double>> ObserveOldestAge()
    {
        if (_outbox is not { } outbox)
        {
            return [];
        }

        var age = outbox.OldestCreatedAt is { } oldest ? Math.Max(0, (_time.GetUtcNow() - oldest).TotalSeconds) : 0;
        return [new Measurement<double>(age)];
    }

    private IEnumerable<Measurement<long>> ObservePlans() =>
        _plans is { } plans ? plans.Select(p => new Measurement<long>(p.Value, new KeyValuePair<string, object?>("status", p.Key.ToKey()))) : [];

    /// <summary>A poll's outcome as labels and span tags spell it: succeeded, partial, failed, stopped_at_limit.</summary>
    internal static string Key(PollOutcome outcome) => outcome switch
    {
        PollOutcome.Succeeded => "succeeded",
        PollOutcome.Partial => "partial",
        PollOutcome.StoppedAtLimit => "stopped_at_limit",
        _ => "failed",
    };

    private static string OutcomeKey(EmailOutcome outcome) => outcome switch
    {
        EmailOutcome.Sent => "sent",
        EmailOutcome.Retried => "retried",
        EmailOutcome.Expired => "expired",
        _ => "failed",
    };

    private sealed record OutboxSnapshot(int Pending, DateTimeOffset? OldestCreatedAt);
}
