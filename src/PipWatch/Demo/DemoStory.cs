namespace PipWatch.Demo;

/// <summary>How one demo plan's rep performs: a curve for every target, unless a target has its own.</summary>
/// <param name="PipId">The plan in the demo configuration this story belongs to.</param>
/// <param name="Summary">One line for the demo's summary table.</param>
/// <param name="Curve">The curve of every target without its own.</param>
public sealed record DemoStory(string PipId, DemoStoryKind Kind, string Summary, StoryCurve Curve)
{
    /// <summary>Curves of single targets, by target id.</summary>
    public IReadOnlyDictionary<string, StoryCurve> TargetCurves { get; init; } = new Dictionary<string, StoryCurve>(StringComparer.Ordinal);

    public StoryCurve CurveFor(string targetId) => TargetCurves.TryGetValue(targetId, out var curve) ? curve : Curve;
}
