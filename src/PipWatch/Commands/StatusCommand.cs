using System.CommandLine;
using System.Globalization;
using System.Text;
using PipWatch.Core.Evaluation;
using PipWatch.Pipeline;

namespace PipWatch.Commands;

/// <summary><c>pipwatch status</c>: every plan in scope and each target's figures, as a table or as stable JSON.</summary>
public static class StatusCommand
{
    public static Command Create(CliContext context)
    {
        var config = ConfigDirectoryOption.Create();
        var asOf = AsOfOption.Create();
        var format = FormatOption.Create();
        var command = new Command("status", "Show every plan in scope with each target's actual, goal, expected, pace, projection, required daily rate and status, from the stored data.")
        {
            config,
            asOf,
            format,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var directory = ConfigDirectoryOption.Resolve(parseResult, config, context);
            var console = parseResult.InvocationConfiguration;
            return CommandFailures.RunAsync("status", console.Error, async () =>
            {
                await using var services = await OneShotPipeline.StartAsync(directory, context, parseResult.GetValue(asOf), cancellationToken);
                var plans = await services.GetRequiredService<Cycle>().StatusAsync(cancellationToken);
                var report = StatusReport.From(plans, services.GetRequiredService<TimeProvider>().GetUtcNow());
                var text = FormatOption.Render(parseResult, format, report, Table);
                await console.Output.WriteLineAsync(text);
                return ExitCodes.Success;
            });
        });
        return command;
    }

    public static string Table(StatusReport report)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"As of {report.AsOf:yyyy-MM-dd HH:mm} UTC: {report.Plans.Count} plan(s)");
        foreach (var plan in report.Plans)
        {
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"{plan.PipId}  {plan.Rep}  {plan.Status}  ({plan.Phase}, {plan.Start:yyyy-MM-dd} to {plan.End:yyyy-MM-dd}, {plan.WorkingDaysLeft} working days left)");
            text.AppendLine(CultureInfo.InvariantCulture, $"  {"target",-22} {"actual",10} {"goal",10} {"expected",10} {"pace",6} {"projection",10} {"need/day",9}  status");
            foreach (var t in plan.Targets)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {t.Id,-22} {N(t.Actual),10} {N(t.Goal),10} {N(t.Expected),10} {N(t.Pace),6} {N(t.Projection),10} {N(t.RequiredDailyRate),9}  {t.Status} ({t.Reason})");
            }
        }

        return text.ToString().TrimEnd();

        static string N(double? value) => value is { } v ? v.ToString(Math.Abs(v) < 10 ? "0.##" : "0.#", CultureInfo.InvariantCulture) : "-";
    }
}

/// <summary>The JSON form of <c>pipwatch status</c> (snake_case keys; documented in the README).</summary>
public sealed record StatusReport(DateTimeOffset AsOf, IReadOnlyList<StatusPlan> Plans)
{
    public static StatusReport From(IReadOnlyList<EvaluatedPlan> plans, DateTimeOffset asOf) => new(
        asOf,
        [.. plans.OrderBy(p => p.Plan.Pip.Id, StringComparer.Ordinal).Select(p => new StatusPlan(
            p.Plan.Pip.Id,
            p.Plan.People.Rep?.Name ?? p.Plan.Pip.Rep.Value,
            p.Plan.People.Manager?.Name,
            p.Evaluation.Status.ToKey(),
            p.Evaluation.Phase.ToKey(),
            p.Evaluation.Start,
            p.Evaluation.End,
            p.Evaluation.WorkingDaysRemaining,
            p.Evaluation.DataAsOf,
            p.Evaluation.HasStaleData,
            [.. p.Evaluation.Targets.Select(t => new StatusTarget(
                t.TargetId, t.Metric, t.Kind.ToString().ToLowerInvariant(), t.MustHave, t.Goal, t.Actual, t.Expected, t.Pace,
                t.Projection, t.RequiredDailyRate, t.Status.ToKey(), t.Reason.ToKey()))]))]);
}

public sealed record StatusPlan(
    string PipId,
    string Rep,
    string? Manager,
    string Status,
    string Phase,
    DateOnly Start,
    DateOnly End,
    int WorkingDaysLeft,
    DateTimeOffset? DataAsOf,
    bool Stale,
    IReadOnlyList<StatusTarget> Targets);

public sealed record StatusTarget(
    string Id,
    string Metric,
    string Kind,
    bool MustHave,
    double Goal,
    double? Actual,
    double? Expected,
    double? Pace,
    double? Projection,
    double? RequiredDailyRate,
    string Status,
    string Reason);
