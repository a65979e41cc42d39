namespace PipWatch.Notifications.Tests.Content.Builders;

/// <summary>Names and labels that try to break out of HTML, confuse layout or overflow a line.</summary>
internal static class HostileText
{
    public const string Script = "<script>alert('pwned')</script>";

    public const string Markup = "Jo \"JJ\" O'Neil & Sons <b>bold</b>";

    public const string Emoji = "Sam 🚀👩🏽‍💻 Lee";

    public const string RightToLeft = "דנה כהן ‏عبد الله";

    public const string Attribute = "\"><img src=x onerror=alert(1)>";

    /// <summary>All of the above in one name.</summary>
    public const string Mixed = $"{Script} {Markup} {Emoji} {RightToLeft} {Attribute}";

    /// <summary>120 characters without a single space.</summary>
    public static readonly string Unbroken = string.Concat(Enumerable.Repeat("Maximiliana-Wolfeschlegelsteinhausen", 4))[..120];

    /// <summary>120 characters with spaces, like a real very long name.</summary>
    public static readonly string Long = string.Concat(Enumerable.Repeat("Maximiliana Wolfeschlegel ", 5))[..120];

    public static readonly string[] All = [Script, Markup, Emoji, RightToLeft, Attribute, Unbroken, Long];
}
