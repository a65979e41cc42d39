namespace PipWatch.Core.Plans;

/// <summary>Shape check for Salesforce record Ids: 15 or 18 characters of [0-9A-Za-z].</summary>
public static class SalesforceId
{
    public static bool IsValid(string? value)
    {
        if (value is null || (value.Length != 15 && value.Length != 18))
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
