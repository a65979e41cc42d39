using PipWatch.Configuration.Problems;
using PipWatch.Configuration.Secrets;

namespace PipWatch.Configuration.Binding;

/// <summary>What every reader of one file shares: its problem list and, when asked for, a way to check secrets.</summary>
internal sealed class BindingContext(ProblemList problems, SecretResolver? secretChecker)
{
    public ProblemList Problems { get; } = problems;

    /// <summary>Set when referenced secrets should be read now (validate --check-secrets) rather than at use.</summary>
    public SecretResolver? SecretChecker { get; } = secretChecker;
}
