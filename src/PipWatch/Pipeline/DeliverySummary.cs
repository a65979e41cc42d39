namespace PipWatch.Pipeline;

/// <summary>What one delivery sweep did.</summary>
public sealed class DeliverySummary
{
    public int Attempted { get; set; }

    public int Sent { get; set; }

    public int Retrying { get; set; }

    public int Failed { get; set; }

    public int Expired { get; set; }
}
