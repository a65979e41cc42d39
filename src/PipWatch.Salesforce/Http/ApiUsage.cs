using System.Globalization;

namespace PipWatch.Salesforce.Http;

/// <summary>API calls used and allowed in the org's rolling 24 hours, from the <c>Sforce-Limit-Info</c> header.</summary>
public readonly record struct ApiUsage(long Used, long Allowed)
{
    public const string HeaderName = "Sforce-Limit-Info";

    public double Fraction => Allowed <= 0 ? 0 : (double)Used / Allowed;

    /// <summary>Reads <c>api-usage=18/5000</c> out of a header that may list other counters too.</summary>
    public static ApiUsage? Parse(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return null;
        }

        foreach (var part in header.Split([';', ','], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!part.StartsWith("api-usage=", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var numbers = part["api-usage=".Length..].Split('/');
            if (numbers.Length == 2
                && long.TryParse(numbers[0], NumberStyles.None, CultureInfo.InvariantCulture, out var used)
                && long.TryParse(numbers[1], NumberStyles.None, CultureInfo.InvariantCulture, out var allowed))
            {
                return new ApiUsage(used, allowed);
            }
        }

        return null;
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Used:N0}/{Allowed:N0} API calls ({Fraction:P1})");
}
