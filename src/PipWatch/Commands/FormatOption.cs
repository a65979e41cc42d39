using System.CommandLine;
using System.Text.Json;

namespace PipWatch.Commands;

/// <summary><c>--format table|json</c> for commands whose result scripts read: the JSON keys are snake_case and stable.</summary>
public static class FormatOption
{
    /// <summary>How the JSON forms are written; the README documents their keys.</summary>
    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
    };

    public static Option<string> Create()
    {
        var format = new Option<string>("--format")
        {
            Description = "table (default) or json (documented in the README; stable for scripts).",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "json");
        return format;
    }

    /// <summary>The result as JSON when --format json was given, else as the command's table.</summary>
    public static string Render<T>(ParseResult parseResult, Option<string> format, T result, Func<T, string> table) =>
        parseResult.GetValue(format) == "json" ? JsonSerializer.Serialize(result, Json) : table(result);
}
