namespace PipWatch.Salesforce.Validation;

/// <summary>One thing <c>validate --online</c> found wrong; <see cref="Subject"/> names the metric or the plan file.</summary>
public sealed record ValidationProblem(string Subject, string Message)
{
    public override string ToString() => $"{Subject}: {Message}";
}
