using PipWatch.Configuration.Loading;
using PipWatch.Configuration.Secrets;
using PipWatch.Notifications.Templates;
using PipWatch.Pipeline;
using PipWatch.Storage.Migrations;

namespace PipWatch.Commands;

/// <summary>Maps what can go wrong in a command to a clear message and the documented exit code.</summary>
public static class CommandFailures
{
    public static async Task<int> RunAsync(string command, TextWriter error, Func<Task<int>> body)
    {
        try
        {
            return await body();
        }
        catch (InvalidConfigurationException ex)
        {
            await error.WriteLineAsync($"pipwatch {command}: {ex.Message}");
            await error.WriteLineAsync("Run 'pipwatch validate' for the full report.");
            return ExitCodes.InvalidInput;
        }
        catch (Exception ex) when (ex is SecretUnavailableException or TemplateCatalogException or Demo.DemoFolderException)
        {
            await error.WriteLineAsync($"pipwatch {command}: {ex.Message}");
            return ExitCodes.InvalidInput;
        }
        catch (ConfigurationUnreadableException ex)
        {
            await error.WriteLineAsync($"pipwatch {command}: {ex.Message}");
            return ExitCodes.RuntimeFailure;
        }
        catch (SchemaOutOfDateException ex)
        {
            await error.WriteLineAsync($"pipwatch {command}: {ex.Message}");
            return ExitCodes.RuntimeFailure;
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync($"pipwatch {command}: stopped.");
            return ExitCodes.RuntimeFailure;
        }
        catch (Exception ex)
        {
            // Anything else is a failure at run time; the type names it for a bug report without a wall of stack.
            await error.WriteLineAsync($"pipwatch {command} failed: {ex.Message} ({ex.GetType().Name})");
            if (Environment.GetEnvironmentVariable("PIPWATCH_DEBUG") is { Length: > 0 })
            {
                await error.WriteLineAsync(ex.ToString());
            }

            return ExitCodes.RuntimeFailure;
        }
    }
}
