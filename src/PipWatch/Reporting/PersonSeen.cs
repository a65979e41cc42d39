namespace PipWatch.Reporting;

/// <summary>Someone a plan's notifications were addressed to, and the kinds of note they received.</summary>
public sealed record PersonSeen(NamedAddress Person, IReadOnlyList<string> Kinds);
