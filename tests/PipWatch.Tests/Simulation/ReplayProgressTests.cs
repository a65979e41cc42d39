using PipWatch.Commands;

namespace PipWatch.Tests.Simulation;

/// <summary>The progress of a replay: one bar rewritten in place on a terminal, a line a simulated week otherwise.</summary>
public sealed class ReplayProgressTests
{
    private static readonly DateTimeOffset Sunday = new(2026, 10, 11, 21, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ReportAsync_On_A_Terminal_Rewrites_One_Line_And_Ends_It_At_The_Last_Step()
    {
        // Arrange
        await using var output = new StringWriter();
        var progress = new ReplayProgress(output, interactive: true);

        // Act
        await progress.ReportAsync(1, 4, Sunday, "3 emails");
        await progress.ReportAsync(4, 4, Sunday.AddHours(3), "5 emails");

        // Assert
        output.ToString().ShouldBe(
            "\r[#######-----------------------] 25 %  Sun 2026-10-11  3 emails " +
            "\r[##############################] 100 %  Mon 2026-10-12  5 emails " + Environment.NewLine);
    }

    [Fact]
    public async Task ReportAsync_Redirected_Writes_A_Line_At_Each_Simulated_Monday_Midnight_Only()
    {
        // Arrange
        await using var output = new StringWriter();
        var progress = new ReplayProgress(output, interactive: false);

        // Act: Sunday 21:00, Monday 00:00, Monday 03:00.
        await progress.ReportAsync(7, 16, Sunday, "3 emails");
        await progress.ReportAsync(8, 16, Sunday.AddHours(3), "4 emails");
        await progress.ReportAsync(9, 16, Sunday.AddHours(6), "4 emails");

        // Assert
        output.ToString().ShouldBe("50 %  2026-10-12  4 emails so far" + Environment.NewLine);
    }
}
