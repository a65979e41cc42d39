using PipWatch.Core.Outcomes;
using PipWatch.Demo;
using PipWatch.Testing;

namespace PipWatch.Tests.Demo;

/// <summary>The README's first command, run whole: the demo org through the real pipeline, every email to a folder.</summary>
public sealed class DemoRunTests
{
    [Fact]
    public async Task Demo_Writes_Every_Kind_Of_Email_With_An_Index_And_Tells_Each_Story()
    {
        // Arrange
        using var folder = new TempDirectory();
        using var output = new StringWriter();
        var runner = new DemoRunner(output, interactive: false);

        // Act
        var result = await runner.RunAsync(Path.Combine(folder.Path, "demo"), maxDays: null, TestContext.Current.CancellationToken);

        // Assert: every kind the demo's stories call for went out, as .eml and .html, listed in the index.
        var kinds = result.Mails.Select(m => m.Kind).ToHashSet();
        string[] expected =
        [
            "manager_digest", "rep_weekly", "celebration", "at_risk_warning", "manager_kickoff", "rep_kickoff",
            "check_in_reminder", "ending_soon", "off_ramp_report", "relapse_warning", "ops_alert",
        ];
        expected.Where(k => !kinds.Contains(k)).ShouldBeEmpty("kinds the demo never sent");
        var index = await File.ReadAllTextAsync(Path.Combine(result.Folder, "index.html"), TestContext.Current.CancellationToken);
        foreach (var mail in result.Mails)
        {
            File.Exists(Path.Combine(result.Folder, mail.EmlPath)).ShouldBeTrue(mail.EmlPath);
            File.Exists(Path.Combine(result.Folder, mail.HtmlPath)).ShouldBeTrue(mail.HtmlPath);
            index.ShouldContain(Uri.EscapeDataString(Path.GetFileName(mail.HtmlPath)));
        }

        // Assert: while the departed manager's team waits for its new manager, sales-ops hear of it on each working
        // day (Friday, Monday, Tuesday in Los Angeles), once per plan; nobody else gets an ops alert.
        var opsAlerts = result.Mails.Where(m => m.Kind == "ops_alert").ToList();
        opsAlerts.ShouldAllBe(m => m.To == "PipWatch operations");
        opsAlerts.Select(m => DateOnly.FromDateTime(m.At.ToOffset(TimeSpan.FromHours(-7)).DateTime)).Distinct()
            .ShouldBe([new DateOnly(2026, 10, 23), new DateOnly(2026, 10, 26), new DateOnly(2026, 10, 27)]);
        opsAlerts.Count.ShouldBe(6);

        // Assert: each story ends as it is written, and the summary says so.
        var outcomes = result.Plans.ToDictionary(p => p.Plan.Pip.Id, p => p.Evaluation.Outcome?.Kind);
        outcomes[DemoStories.DeclinePip].ShouldBe(OutcomeKind.Failed);
        outcomes[DemoStories.FailurePip].ShouldBe(OutcomeKind.Failed);
        outcomes[DemoStories.PartialPip].ShouldBe(OutcomeKind.Partial);
        outcomes[DemoStories.ComebackPip].ShouldBe(OutcomeKind.Passed);
        outcomes[DemoStories.EarlySuccessPip].ShouldBe(OutcomeKind.Passed);
        outcomes[DemoStories.SteadyImprovementPip].ShouldBe(OutcomeKind.Passed);
        outcomes[DemoStories.PtoPausePip].ShouldBe(OutcomeKind.Passed);
        outcomes[DemoStories.AmendmentPip].ShouldBe(OutcomeKind.Passed);
        output.ToString().ShouldContain($"{result.Mails.Count} emails in");
    }

    [Fact]
    public async Task Demo_Refuses_To_Empty_A_Folder_It_Did_Not_Write()
    {
        // Arrange
        using var folder = new TempDirectory();
        var precious = Path.Combine(folder.Path, "notes.txt");
        await File.WriteAllTextAsync(precious, "keep me", TestContext.Current.CancellationToken);
        var runner = new DemoRunner(TextWriter.Null, interactive: false);

        // Act
        var error = await Should.ThrowAsync<DemoFolderException>(() => runner.RunAsync(folder.Path, maxDays: 1, TestContext.Current.CancellationToken));

        // Assert
        error.Message.ShouldContain("does not look like an earlier demo's output");
        File.Exists(precious).ShouldBeTrue();
    }
}
