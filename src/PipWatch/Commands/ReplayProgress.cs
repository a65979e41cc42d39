using System.Globalization;

namespace PipWatch.Commands;

/// <summary>
/// Progress of a replay on a simulated clock (the demo, a simulation): one bar that updates in place on a terminal,
/// else one line per simulated week, so a redirected log stays short.
/// </summary>
public sealed class ReplayProgress(TextWriter output, bool interactive)
{
    private const int Width = 30;

    /// <param name="step">The step just done, from 0 to <paramref name="total"/>.</param>
    /// <param name="now">The simulated instant (UTC); a redirected log gets a line at each Monday's midnight.</param>
    /// <param name="tally">What has come of it so far, e.g. "12 emails".</param>
    public async Task ReportAsync(int step, int total, DateTimeOffset now, string tally)
    {
        var fraction = total == 0 ? 1 : Math.Min(1, (double)step / total);
        if (interactive)
        {
            var filled = (int)(fraction * Width);
            await output.WriteAsync(string.Create(CultureInfo.InvariantCulture, $"\r[{new string('#', filled)}{new string('-', Width - filled)}] {fraction,4:P0}  {now:ddd yyyy-MM-dd}  {tally} "));
            if (step >= total)
            {
                await output.WriteLineAsync();
            }
        }
        else if (now.DayOfWeek == DayOfWeek.Monday && now.Hour == 0)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{fraction,4:P0}  {now:yyyy-MM-dd}  {tally} so far"));
        }
    }
}
