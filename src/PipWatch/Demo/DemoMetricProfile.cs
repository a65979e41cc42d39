namespace PipWatch.Demo;

/// <summary>What a typical rep of each role logs for one metric on a working day.</summary>
/// <param name="SdrRecordsPerDay">Records (calls, meetings, opportunities...) a typical SDR adds per working day.</param>
/// <param name="AeRecordsPerDay">The same for a typical account executive.</param>
/// <param name="SdrValue">Sum and average metrics: the typical value of one record (an amount, a score).</param>
/// <param name="AeValue">The same for an account executive.</param>
public sealed record DemoMetricProfile(string Metric, double SdrRecordsPerDay, double AeRecordsPerDay, double SdrValue = 1, double AeValue = 1)
{
    public double RecordsPerDay(DemoRole role) => role == DemoRole.AccountExecutive ? AeRecordsPerDay : SdrRecordsPerDay;

    public double Value(DemoRole role) => role == DemoRole.AccountExecutive ? AeValue : SdrValue;
}
