namespace PipWatch.Notifications.Templates;

/// <summary>Thrown when the templates cannot be used: the worker must not start and send broken or empty mail.</summary>
public sealed class TemplateCatalogException : Exception
{
    public TemplateCatalogException(IReadOnlyList<TemplateProblem> problems)
        : base(Describe(problems))
    {
        Problems = problems;
    }

    public TemplateCatalogException()
        : this([])
    {
    }

    public TemplateCatalogException(string message)
        : base(message)
    {
        Problems = [];
    }

    public TemplateCatalogException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [];
    }

    public IReadOnlyList<TemplateProblem> Problems { get; }

    private static string Describe(IReadOnlyList<TemplateProblem> problems) =>
        problems.Count == 0
            ? "The email templates cannot be used."
            : $"The email templates cannot be used ({problems.Count} problem(s)):{Environment.NewLine}"
              + string.Join(Environment.NewLine, problems.Select(problem => $"  {problem}"));
}
