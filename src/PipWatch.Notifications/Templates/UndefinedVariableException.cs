using Fluid;

namespace PipWatch.Notifications.Templates;

/// <summary>A template used a name its model does not have, which is almost always a typo in an override.</summary>
internal sealed class UndefinedVariableException(string name)
    : FluidException($"'{name}' is not a value this template's model has")
{
    public string Name { get; } = name;
}
