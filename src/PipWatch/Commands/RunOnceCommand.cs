using System.CommandLine;
using PipWatch.Pipeline;

namespace PipWatch.Commands;

/// <summary><c>pipwatch run-once</c>: one full cycle (poll, evaluate, plan, deliver), then a one-screen summary.</summary>
public static class RunOnceCommand
{
    public static Command Create(CliContext context)
    {
        var config = ConfigDirectoryOption.Create();
        var asOf = AsOfOption.Create();
        var command = new Command("run-once", "Run one full cycle (poll, evaluate, plan, deliver) and exit with a summary. For cron, backfills and tests.")
        {
            config,
            asOf,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var directory = ConfigDirectoryOption.Resolve(parseResult, config, context);
            var console = parseResult.InvocationConfiguration;
            return CommandFailures.RunAsync("run-once", console.Error, async () =>
            {
                await using var services = await OneShotPipeline.StartAsync(directory, context, parseResult.GetValue(asOf), cancellationToken);
                var summary = await services.GetRequiredService<Cycle>().RunOnceAsync(cancellationToken);
                await console.Output.WriteLineAsync(Describe(summary));
                return summary.Poll.Outcome is Storage.Polling.PollOutcome.Failed ? ExitCodes.RuntimeFailure : ExitCodes.Success;
            });
        });
        return command;
    }

    public static string Describe(CycleSummary summary)
    {
        var poll = summary.Poll;
        var lines = new List<string>
        {
            $"Poll:     {poll.Outcome}, {poll.Reps} reps, {poll.Values} daily values, {poll.ApiCalls} API calls{(poll.Error is null ? "" : $" ({poll.Error})")}",
            $"Planned:  {summary.Plan.Due} due, {summary.Plan.Created} new in the outbox{(summary.Plan.RenderFailures > 0 ? $", {summary.Plan.RenderFailures} could not be rendered" : "")}",
        };
        lines.AddRange(summary.Plan.CreatedByKind.OrderBy(k => k.Key).Select(k => $"          {k.Key}: {k.Value}"));
        var delivery = summary.Delivery;
        lines.Add($"Delivery: {delivery.Sent} sent, {delivery.Retrying} to retry, {delivery.Failed} failed, {delivery.Expired} expired");
        return string.Join(Environment.NewLine, lines);
    }
}
