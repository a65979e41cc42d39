using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using PipWatch.Reporting;
using PipWatch.Storage.Notifications;
using PipWatch.Tests.Pipeline.Support;

namespace PipWatch.Tests.Reporting;

/// <summary>
/// <c>pipwatch report</c> on state built by real cycles, on both storage engines: the HTML holds every notification
/// of the plan and none of another's, every amendment, embedded charts, no external reference, and hostile data only
/// as text.
/// </summary>
public sealed class ReportCommandTests
{
    private static readonly string[] ResourceSelectors = ["img[src]", "link[href]", "script[src]", "iframe[src]", "source[src]", "video[src]", "audio[src]", "embed[src]", "object[data]"];

    [Theory]
    [InlineData(StorageKind.Sqlite)]
    [InlineData(StorageKind.Postgres)]
    public async Task Report_Documents_Every_Notification_Amendment_And_Chart_Of_The_Plan(StorageKind storage)
    {
        // Arrange
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var scenario = await ReportScenario.RunAsync(storage, cancellationToken);
        var queries = scenario.Services.GetRequiredService<NotificationQueries>();
        var own = await queries.GetByPipAsync(ReportScenario.PipId, cancellationToken);
        var others = await queries.GetByPipAsync(ReportScenario.OtherPipId, cancellationToken);

        // Act
        var run = await scenario.ReportAsync(ReportScenario.PipId, cancellationToken);

        // Assert: one file, named after the plan, its path on standard output.
        run.ExitCode.ShouldBe(0, run.Describe());
        var path = run.OutputLines.ShouldHaveSingleItem();
        path.ShouldBe(Path.Combine(scenario.Output.Path, ReportScenario.PipId + ".html"));
        var html = await File.ReadAllTextAsync(path, cancellationToken);
        var document = Parse(html);

        // Every notification of the plan, with its Message-Id, recipients and timestamps; the scenario made each kind.
        string[] kinds = ["manager_digest", "manager_kickoff", "rep_kickoff", "check_in_reminder", "celebration", "off_ramp_report"];
        kinds.ShouldBeSubsetOf(own.Select(n => n.Kind), string.Join(", ", own.Select(n => n.Kind)));
        foreach (var notification in own)
        {
            var article = document.GetElementById($"notification-{notification.Id}").ShouldNotBeNull($"notification {notification.Id} ({notification.Kind})");
            var text = article.TextContent;
            text.ShouldContain(notification.MessageId);
            text.ShouldContain(ReportFormat.Instant(notification.CreatedAt));
            if (notification.SentAt is { } sent)
            {
                text.ShouldContain(ReportFormat.Instant(sent));
            }

            notification.Recipients.ShouldAllBe(address => text.Contains(address, StringComparison.Ordinal));
            article.QuerySelector("pre.body")!.TextContent.ShouldBe(notification.TextBody);
            OverviewRow(document, notification.Id).TextContent.ShouldContain(notification.MessageId);
        }

        document.QuerySelectorAll("article.notification").Length.ShouldBe(own.Count);

        // ... and nothing of the other plan, whose own report (its rep named by email) draws weeks from the history.
        var other = Parse(await File.ReadAllTextAsync((await scenario.ReportAsync(ReportScenario.OtherPipId, cancellationToken)).OutputLines.Single(), cancellationToken));
        other.QuerySelector("#target-calls figcaption")!.TextContent.ShouldContain("at the last evaluation stored in that week");
        other.QuerySelectorAll("#target-calls table").Length.ShouldBe(1);
        others.ShouldNotBeEmpty();
        others.ShouldAllBe(n => !html.Contains(n.MessageId, StringComparison.Ordinal));
        html.ShouldNotContain("casey.ortiz@acme.example");

        // The celebration went to the rep, and the server refused its copy to the manager; the digest it refused failed.
        var celebration = own.First(n => n.Kind == "celebration");
        Fact(document.GetElementById($"notification-{celebration.Id}")!, "Refused by the mail server").ShouldBe(ReportScenario.ManagerEmail);
        var refusedDigest = own.First(n => n.Kind == "manager_digest" && n.Status == NotificationStatus.Failed);
        Fact(document.GetElementById($"notification-{refusedDigest.Id}")!, "Status").ShouldStartWith("failed");

        // The check-in reminder is called out, in its own section too.
        var reminder = own.Single(n => n.Kind == "check_in_reminder");
        var reminderArticle = document.GetElementById($"notification-{reminder.Id}")!;
        reminderArticle.ClassList.ShouldContain("callout");
        reminderArticle.QuerySelector(".badge.check-in").ShouldNotBeNull();
        document.QuerySelector($"#check-ins a[href='#notification-{reminder.Id}']").ShouldNotBeNull();

        // Names come from the stored messages, not from Salesforce.
        Fact(document.QuerySelector("main > dl.facts")!, "Rep").ShouldBe($"{ReportScenario.RepName} <{ReportScenario.RepEmail}>");

        // The amendment with its date, its reason (as text) and what it changed.
        var amendment = document.QuerySelectorAll("#amendments article.amendment").ShouldHaveSingleItem();
        amendment.QuerySelector("h3")!.TextContent.ShouldContain(ReportFormat.Day(ReportScenario.AmendmentDate));
        Fact(amendment, "Reason").ShouldBe(ReportScenario.HostileReason);
        amendment.TextContent.ShouldContain($"End date moved from {ReportFormat.Day(ReportScenario.End)} to {ReportFormat.Day(ReportScenario.AmendedEnd)}.");
        amendment.TextContent.ShouldContain("Goal of opps_created changed from 10 in total to 8 in total.");

        // The three versions of the plan file the worker ran on, and the amendment as the audit log first saw it.
        var auditTables = document.QuerySelectorAll("#audit table");
        auditTables[0].QuerySelectorAll("tbody tr").Length.ShouldBe(3);
        auditTables[1].QuerySelectorAll("tbody tr")
            .Where(r => r.TextContent.Contains("Amendment seen", StringComparison.Ordinal))
            .ShouldHaveSingleItem().TextContent.ShouldContain(ReportScenario.HostileReason);

        // A chart per target, embedded, with alt text, beside the day-by-day rows.
        var charts = document.QuerySelectorAll("#timeline figure img").Cast<IHtmlImageElement>().ToList();
        charts.Count.ShouldBe(2);
        foreach (var chart in charts)
        {
            chart.AlternativeText.ShouldNotBeNullOrWhiteSpace();
            var source = chart.Source!;
            source.ShouldStartWith("data:image/png;base64,");
            Convert.FromBase64String(source["data:image/png;base64,".Length..])[..8].ShouldBe(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A });
        }

        // The weeks of the weekly target, recounted from the stored values: the first hit on its Friday, after the
        // last evaluation that week; the second (two working days, goal 20) missed.
        var weeks = document.QuerySelectorAll("#target-calls table")[0].QuerySelectorAll("tbody tr").Select(r => r.Children.Select(c => c.TextContent).ToList()).ToList();
        weeks.ShouldBe(
        [
            ["Mon 5 Oct 2026 to Sun 11 Oct 2026", "5", "50", "61", "goal met"],
            ["Mon 12 Oct 2026 to Tue 13 Oct 2026", "2", "20", "5", "missed"],
        ]);
        document.QuerySelectorAll("#target-calls table")[1].QuerySelectorAll("tbody tr").Length.ShouldBe(4);
        document.QuerySelector("#target-calls img")!.GetAttribute("alt")!.ShouldContain("goal met in 1 of 2 completed weeks");

        // The outcome: the decision from the file and the evaluation after the end.
        var outcome = document.GetElementById("outcome")!;
        Fact(outcome, "Decision recorded").ShouldBe("partial");
        Fact(outcome, "Outcome of the targets").ShouldStartWith("partial");
        outcome.QuerySelector("a[href^='#notification-']").ShouldNotBeNull("a link to the off-ramp report");

        // Self-contained and inert, the stored emails included.
        AssertSelfContained(document, "the report");
        document.QuerySelectorAll("script, link, object, embed, form, base").ShouldBeEmpty();
        html.ShouldNotContain("<script", Case.Insensitive);
        var frames = document.QuerySelectorAll("iframe").Cast<IHtmlInlineFrameElement>().ToList();
        frames.ShouldNotBeEmpty();
        foreach (var frame in frames)
        {
            frame.GetAttribute("sandbox").ShouldBe("");
            var email = Parse(frame.ContentHtml!);
            email.QuerySelectorAll("script").ShouldBeEmpty();
            AssertSelfContained(email, frame.Title!);
        }

        // Hostile data stays text wherever it shows: the reason in digests, the rep's name in subjects and bodies.
        document.Body!.TextContent.ShouldContain("alert('rep')");
        frames.Select(f => Parse(f.ContentHtml!).Body!.TextContent).ShouldContain(body => body.Contains("alert('pwned')", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(StorageKind.Sqlite)]
    [InlineData(StorageKind.Postgres)]
    public async Task Report_Covers_Plans_Without_History_Or_File_And_Lists_Shared_Digests_Without_Their_Content(StorageKind storage)
    {
        // Arrange: a plan that has not started, and the other plan's file taken away after it ran.
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var scenario = await ReportScenario.RunAsync(storage, cancellationToken);
        File.Delete(Path.Combine(scenario.World.PipsDirectory, ReportScenario.OtherPipId + ".yaml"));
        var others = await scenario.Services.GetRequiredService<NotificationQueries>().GetByPipAsync(ReportScenario.OtherPipId, cancellationToken);

        // Arrange: digests that covered several plans (stored without a plan id): one to the manager while the plan
        // ran, one to the manager long after, one to somebody else while it ran.
        var outbox = scenario.Services.GetRequiredService<NotificationOutbox>();
        var during = new DateTimeOffset(2026, 10, 7, 12, 0, 0, TimeSpan.Zero);
        var shared = OutboxSeed.Note(9001, ReportScenario.ManagerEmail) with { Kind = "manager_digest" };
        var later = OutboxSeed.Note(9002, ReportScenario.ManagerEmail) with { Kind = "manager_digest" };
        var elsewhere = OutboxSeed.Note(9003, "someone.else@acme.example") with { Kind = "manager_digest" };
        (await outbox.EnqueueAsync(shared, during, cancellationToken)).ShouldBeTrue();
        (await outbox.EnqueueAsync(later, during.AddDays(60), cancellationToken)).ShouldBeTrue();
        (await outbox.EnqueueAsync(elsewhere, during, cancellationToken)).ShouldBeTrue();

        // Act
        var notStarted = await scenario.ReportAsync(ReportScenario.LaterPipId, cancellationToken);
        var removed = await scenario.ReportAsync(ReportScenario.OtherPipId, cancellationToken);
        var main = await scenario.ReportAsync(ReportScenario.PipId, cancellationToken);

        // Assert: the plan that has not started is documented as a plan, with nothing stored yet.
        notStarted.ExitCode.ShouldBe(0, notStarted.Describe());
        var laterDocument = Parse(await File.ReadAllTextAsync(notStarted.OutputLines.Single(), cancellationToken));
        laterDocument.QuerySelector("#timeline .note")!.TextContent.ShouldContain("No evaluations stored yet");
        laterDocument.QuerySelector("#plan dl.facts")!.TextContent.ShouldContain("Mon 1 Mar 2027");
        laterDocument.QuerySelectorAll("article.notification").ShouldBeEmpty();

        // Assert: a plan known only from the database still gets its record, and the missing file is said.
        removed.ExitCode.ShouldBe(0, removed.Describe());
        var removedDocument = Parse(await File.ReadAllTextAsync(removed.OutputLines.Single(), cancellationToken));
        removedDocument.QuerySelector("#plan .warning")!.TextContent.ShouldContain("No valid plan file");
        removedDocument.QuerySelectorAll("article.notification").Length.ShouldBe(others.Count);
        removedDocument.QuerySelectorAll("#timeline figure img").ShouldNotBeEmpty();

        // Assert: the shared digest to the plan's manager while it ran is listed, without its content.
        main.ExitCode.ShouldBe(0, main.Describe());
        var mainHtml = await File.ReadAllTextAsync(main.OutputLines.Single(), cancellationToken);
        var sharedRows = Parse(mainHtml).QuerySelectorAll("#shared-digests tbody tr");
        sharedRows.ShouldHaveSingleItem().TextContent.ShouldContain(shared.MessageId);
        mainHtml.ShouldNotContain(later.MessageId);
        mainHtml.ShouldNotContain(elsewhere.MessageId);
        mainHtml.ShouldNotContain("This is test note number");
    }

    [Fact]
    public async Task Report_Of_An_Unknown_Plan_Exits_Two_Naming_It_And_The_Nearest_Ids()
    {
        // Arrange: plan files only; no database has been created.
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var world = await PipelineWorld.StartAsync(StorageKind.Sqlite, cancellationToken);
        world.WritePip("2026-10-dana-reyes-activity", "dana.reyes@acme.example", new DateOnly(2026, 10, 5), new DateOnly(2026, 11, 13));
        world.WritePip("2026-11-sam-okafor-quality", "sam.okafor@acme.example", new DateOnly(2026, 11, 9), new DateOnly(2027, 1, 22));
        using var output = new Testing.TempDirectory();

        // Act
        var run = await CliRun.InvokeAsync(world.Environment, cancellationToken, "report", "--pip", "2026-10-dana-reyes-actvity", "--config", world.ConfigDirectory, "--out", output.Path);

        // Assert
        run.ExitCode.ShouldBe(PipWatch.ExitCodes.InvalidInput, run.Describe());
        run.Output.ShouldBeEmpty();
        run.Error.ShouldContain("no plan '2026-10-dana-reyes-actvity' is known");
        run.Error.ShouldContain("Nearest known ids: 2026-10-dana-reyes-activity, 2026-11-sam-okafor-quality");
        Directory.EnumerateFileSystemEntries(output.Path).ShouldBeEmpty();
        File.Exists(world.SqlitePath).ShouldBeFalse("a report never creates the state database");
    }

    [Fact]
    public async Task Report_Before_Any_Run_Documents_The_Plan_Alone_Without_Creating_The_Database()
    {
        // Arrange
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var world = await PipelineWorld.StartAsync(StorageKind.Sqlite, cancellationToken);
        world.WritePip("e2e-fresh-plan", "dana.reyes@acme.example", new DateOnly(2026, 10, 5), new DateOnly(2026, 11, 13));
        using var output = new Testing.TempDirectory();

        // Act
        var run = await CliRun.InvokeAsync(world.Environment, cancellationToken, "report", "--pip", "e2e-fresh-plan", "--config", world.ConfigDirectory, "--out", output.Path);

        // Assert
        run.ExitCode.ShouldBe(0, run.Describe());
        var document = Parse(await File.ReadAllTextAsync(run.OutputLines.Single(), cancellationToken));
        document.QuerySelector("main > .warning")!.TextContent.ShouldContain("No state database exists yet");
        document.QuerySelector("#timeline .note")!.TextContent.ShouldContain("No evaluations stored yet");
        document.QuerySelectorAll("#plan tbody tr").Length.ShouldBe(2);
        File.Exists(world.SqlitePath).ShouldBeFalse();
    }

    [Fact]
    public async Task Report_Pdf_Is_Printed_By_Chromium_Or_Refused_With_A_Clear_Message_When_There_Is_None()
    {
        // Arrange
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var world = await PipelineWorld.StartAsync(StorageKind.Sqlite, cancellationToken);
        world.WritePip("e2e-print-me", "dana.reyes@acme.example", new DateOnly(2026, 10, 5), new DateOnly(2026, 11, 13));
        using var output = new Testing.TempDirectory();
        string[] args = ["report", "--pip", "e2e-print-me", "--config", world.ConfigDirectory, "--out", output.Path, "--pdf"];
        var withBrowser = new Dictionary<string, string?>(world.Environment)
        {
            ["PATH"] = Environment.GetEnvironmentVariable("PATH"),
            [PdfPrinter.ChromiumVariable] = Environment.GetEnvironmentVariable(PdfPrinter.ChromiumVariable),
        };
        var withoutBrowser = new Dictionary<string, string?>(world.Environment) { ["PATH"] = output.Path };

        // Act
        var printed = await CliRun.InvokeAsync(withBrowser, cancellationToken, args);
        var refused = await CliRun.InvokeAsync(withoutBrowser, cancellationToken, args);

        // Assert: Chromium is part of the test machine (tests/run-all.sh installs it), so the PDF is made.
        printed.ExitCode.ShouldBe(0, printed.Describe());
        printed.OutputLines.ShouldBe([Path.Combine(output.Path, "e2e-print-me.html"), Path.Combine(output.Path, "e2e-print-me.pdf")]);
        (await File.ReadAllBytesAsync(printed.OutputLines[1], cancellationToken))[..5].ShouldBe("%PDF-"u8.ToArray());

        // Assert: without one, the HTML is still written, and the message says what a PDF needs.
        refused.ExitCode.ShouldBe(PipWatch.ExitCodes.RuntimeFailure, refused.Describe());
        refused.OutputLines.ShouldBe([Path.Combine(output.Path, "e2e-print-me.html")]);
        refused.Error.ShouldContain("a PDF needs Chromium");
    }

    /// <summary>Parses HTML, failing on any parse error: a report (or an email in it) must be well-formed.</summary>
    private static IHtmlDocument Parse(string html)
    {
        var errors = new List<string>();
        var parser = new HtmlParser();
        parser.Error += (_, error) => errors.Add(error.ToString() ?? "parse error");
        var document = parser.ParseDocument(html);
        errors.ShouldBeEmpty();
        return document;
    }

    private static void AssertSelfContained(IDocument document, string what)
    {
        foreach (var selector in ResourceSelectors)
        {
            foreach (var element in document.QuerySelectorAll(selector))
            {
                var reference = element.GetAttribute(selector[(selector.IndexOf('[', StringComparison.Ordinal) + 1)..^1])!;
                reference.ShouldSatisfyAllConditions(
                    $"{what}: <{element.LocalName}> refers to '{reference[..Math.Min(60, reference.Length)]}'",
                    () => reference.StartsWith("http:", StringComparison.OrdinalIgnoreCase).ShouldBeFalse(),
                    () => reference.StartsWith("https:", StringComparison.OrdinalIgnoreCase).ShouldBeFalse(),
                    () => reference.StartsWith("//", StringComparison.Ordinal).ShouldBeFalse(),
                    () => reference.StartsWith("cid:", StringComparison.OrdinalIgnoreCase).ShouldBeFalse());
            }
        }

        document.QuerySelectorAll("[style*='url(']").ShouldBeEmpty($"{what}: style references");
    }

    /// <summary>The value of a fact (dt/dd pair) by its term.</summary>
    private static string Fact(IElement container, string term)
    {
        var dt = container.QuerySelectorAll("dt").FirstOrDefault(d => d.TextContent == term).ShouldNotBeNull($"the fact '{term}'");
        return dt.NextElementSibling!.TextContent;
    }

    private static IElement OverviewRow(IDocument document, long id) =>
        document.QuerySelector($"#notifications table a[href='#notification-{id}']").ShouldNotBeNull($"overview row of {id}").Closest("tr")!;
}
