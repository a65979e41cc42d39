using Microsoft.Extensions.Logging.Console;

namespace PipWatch.Hosting;

public static class LoggingSetup
{
    /// <summary>JSON lines in a container (for log collectors), one readable line per event on a terminal.</summary>
    /// <param name="toStandardError">
    /// Every event on standard error, for commands whose standard output is their result (a status in JSON, a
    /// summary), so a warning never ends up in what a script reads.
    /// </param>
    public static ILoggingBuilder AddPipWatchConsole(this ILoggingBuilder logging, IReadOnlyDictionary<string, string?> environment, bool toStandardError = false)
    {
        logging.ClearProviders();
        if (toStandardError)
        {
            logging.Services.Configure<ConsoleLoggerOptions>(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
        }

        var inContainer = IsTrue(environment, "PIPWATCH_CONTAINER") || IsTrue(environment, "DOTNET_RUNNING_IN_CONTAINER");
        if (inContainer)
        {
            logging.AddJsonConsole(options =>
            {
                // Collectors sort and join lines by this; without a format the JSON carries no time at all.
                options.UseUtcTimestamp = true;
                options.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
            });
        }
        else
        {
            logging.AddSimpleConsole(options =>
            {
                options.SingleLine = true;
                options.TimestampFormat = "HH:mm:ss ";
                options.ColorBehavior = LoggerColorBehavior.Default;
            });
        }

        logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        logging.AddFilter("Hangfire", LogLevel.Warning);

        // The resilience pipeline reports every attempt at Information; only retries and failures are news.
        logging.AddFilter("Polly", LogLevel.Warning);
        logging.AddFilter("System.Net.Http.HttpClient", LogLevel.Warning);
        return logging;
    }

    private static bool IsTrue(IReadOnlyDictionary<string, string?> environment, string name) =>
        environment.TryGetValue(name, out var value) && string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);
}
