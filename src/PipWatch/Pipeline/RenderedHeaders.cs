namespace PipWatch.Pipeline;

/// <summary>Headers PipWatch adds to every message, so ops (and the demo index) can filter mail by kind.</summary>
public static class RenderedHeaders
{
    public const string Kind = "X-PipWatch-Kind";
}
