using System.CommandLine;
using System.Globalization;

namespace PipWatch.Commands;

/// <summary><c>--as-of INSTANT</c>: run as if it were that moment (ISO 8601 with an offset, e.g. 2026-11-20T17:00:00Z).</summary>
public static class AsOfOption
{
    public static Option<DateTimeOffset?> Create() => new("--as-of")
    {
        Description = "Run as if it were this instant: ISO 8601 with an offset, e.g. 2026-11-20T17:00:00Z. Default: now.",
        HelpName = "INSTANT",
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant))
            {
                return instant;
            }

            result.AddError($"--as-of '{text}' is not an instant; write it like 2026-11-20T17:00:00Z.");
            return null;
        },
    };
}
