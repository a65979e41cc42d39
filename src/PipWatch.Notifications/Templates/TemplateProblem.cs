namespace PipWatch.Notifications.Templates;

/// <summary>Something wrong with a template file, with where it is, so ops can fix it before the worker starts.</summary>
public sealed record TemplateProblem(string File, int? Line, int? Column, string Message)
{
    public override string ToString() => (Line, Column) switch
    {
        ({ } line, { } column) => $"{File}:{line}:{column}: {Message}",
        ({ } line, null) => $"{File}:{line}: {Message}",
        _ => $"{File}: {Message}",
    };
}
