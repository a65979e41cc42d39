namespace PipWatch.Notifications.Templates;

/// <summary>One template file as the catalog uses it: the built-in default or an ops override.</summary>
/// <param name="Name">The file name, e.g. <c>example.html.liquid</c>.</param>
/// <param name="OverridePath">The override's full path, or null when the built-in default is used.</param>
public sealed record TemplateFile(string Name, string Source, string? OverridePath)
{
    public bool IsOverride => OverridePath is not null;

    /// <summary>How problems name the file: the override's path, or the default's name marked as built in.</summary>
    public string DisplayName => OverridePath ?? $"(built-in) {Name}";
}
