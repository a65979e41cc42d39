using PipWatch.Configuration.Problems;
using PipWatch.Core.Plans;

namespace PipWatch.Configuration.Loading;

/// <summary>One file under <c>pips/</c>: its plan when valid, otherwise the problems that keep it from running.</summary>
public sealed record PipFile(string Path, Pip? Pip, IReadOnlyList<ConfigurationProblem> Problems)
{
    public bool IsValid => Problems.Count == 0 && Pip is not null;
}
