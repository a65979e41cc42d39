using PipWatch.Core.Plans;

namespace PipWatch.Configuration.Binding;

/// <summary>How files name Salesforce users: an 18- or 15-character user Id, or a username or email (both contain @).</summary>
internal static class UserReferences
{
    private const string UserIdPrefix = "005";

    public static bool TryParse(string text, out string value, out string error)
    {
        value = text;
        error = "";
        if (text.Contains('@', StringComparison.Ordinal))
        {
            if (ScalarParsers.Email(text, out _, out _))
            {
                return true;
            }

            error = $"{ScalarParsers.Quote(text)} is not a valid username or email address";
            return false;
        }

        if (SalesforceId.IsValid(text) && text.StartsWith(UserIdPrefix, StringComparison.Ordinal))
        {
            return true;
        }

        error = SalesforceId.IsValid(text)
            ? $"{ScalarParsers.Quote(text)} is a Salesforce Id but not a user's (user Ids start with 005)"
            : $"{ScalarParsers.Quote(text)} is neither a Salesforce user Id (15 or 18 letters and digits starting 005) nor a username or email";
        return false;
    }

    /// <summary>Two references to the same user as far as the files can tell (Salesforce usernames and emails ignore case; a 15-character Id is the start of its 18-character form).</summary>
    public static bool Same(string a, string b)
    {
        if (SalesforceId.IsValid(a) && SalesforceId.IsValid(b))
        {
            return string.Equals(a[..15], b[..15], StringComparison.Ordinal);
        }

        return string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
    }
}
