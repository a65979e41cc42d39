namespace PipWatch.Configuration.Loading;

public sealed record ConfigurationLoadOptions
{
    /// <summary>Also read every referenced secret and report the ones that cannot be read (their values are never shown).</summary>
    public bool CheckSecrets { get; init; }
}
