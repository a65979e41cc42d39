using System.Collections;
using PipWatch.Commands;

var environment = new Dictionary<string, string?>(StringComparer.Ordinal);
foreach (DictionaryEntry variable in Environment.GetEnvironmentVariables())
{
    environment[(string)variable.Key] = (string?)variable.Value;
}

return await Cli.InvokeAsync(args, Console.Out, Console.Error, environment);
