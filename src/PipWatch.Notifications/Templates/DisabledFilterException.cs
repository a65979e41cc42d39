using Fluid;

namespace PipWatch.Notifications.Templates;

/// <summary>A template used a filter PipWatch switches off for safety.</summary>
internal sealed class DisabledFilterException(string filter, string message) : FluidException(message)
{
    public string Filter { get; } = filter;
}
