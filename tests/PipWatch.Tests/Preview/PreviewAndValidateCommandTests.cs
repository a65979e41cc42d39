using PipWatch.Commands;
using PipWatch.Demo;
using PipWatch.Testing;

namespace PipWatch.Tests.Preview;

/// <summary><c>pipwatch preview</c> writes every kind for review; <c>validate</c> catches a broken template override.</summary>
public sealed class PreviewAndValidateCommandTests
{
    public static TheoryData<string> Kinds => [.. PreviewCommand.Kinds];

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Preview_Writes_Html_Text_And_Eml_For_Every_Kind(string kind)
    {
        // Arrange
        using var folder = new TempDirectory();
        using var output = new StringWriter();
        using var error = new StringWriter();

        // Act
        var exitCode = await Cli.InvokeAsync(
            ["preview", "--demo", "--kind", kind, "--pip", DemoStories.ComebackPip, "--as-of", "2026-10-21T17:00:00Z", "--out", folder.Path],
            output,
            error,
            new Dictionary<string, string?>(),
            TestContext.Current.CancellationToken);

        // Assert
        exitCode.ShouldBe(0, error.ToString());
        var stem = Path.Combine(folder.Path, $"{kind}-{DemoStories.ComebackPip}");
        var html = await File.ReadAllTextAsync(stem + ".html", TestContext.Current.CancellationToken);
        var text = await File.ReadAllTextAsync(stem + ".txt", TestContext.Current.CancellationToken);
        var eml = await File.ReadAllTextAsync(stem + ".eml", TestContext.Current.CancellationToken);
        html.ShouldContain("<html", Case.Insensitive);
        html.ShouldNotContain("cid:", customMessage: "the preview's HTML shows its charts inline in a browser");
        text.ShouldNotBeNullOrWhiteSpace();
        text.ShouldNotContain("<table", Case.Insensitive);
        eml.ShouldContain("Message-Id:", Case.Insensitive);
        eml.ShouldContain("X-PipWatch-Kind:");
    }

    [Fact]
    public async Task Preview_Of_An_Unknown_Plan_Says_So_And_Exits_2()
    {
        using var folder = new TempDirectory();
        using var error = new StringWriter();

        var exitCode = await Cli.InvokeAsync(
            ["preview", "--demo", "--kind", "manager_digest", "--pip", "no-such-plan", "--out", folder.Path],
            TextWriter.Null,
            error,
            new Dictionary<string, string?>(),
            TestContext.Current.CancellationToken);

        exitCode.ShouldBe(2);
        error.ToString().ShouldContain("no plan 'no-such-plan'");
    }

    [Fact]
    public async Task Validate_Reports_A_Broken_Template_Override_With_File_And_Line()
    {
        // Arrange: the shipped configuration plus an override with an unclosed tag on line 3.
        using var folder = new TempDirectory();
        CopyDirectory(Path.Combine(RepositoryPaths.Root, "config"), folder.Path);
        Directory.CreateDirectory(Path.Combine(folder.Path, "templates"));
        await File.WriteAllTextAsync(
            Path.Combine(folder.Path, "templates", "celebration.txt.liquid"),
            "Well done, {{ recipient_name }}!\n\n{% if true %}\nThe block above is never closed.\n",
            TestContext.Current.CancellationToken);
        using var output = new StringWriter();

        // Act
        var exitCode = await Cli.InvokeAsync(["validate", "--config", folder.Path], output, TextWriter.Null, new Dictionary<string, string?>(), TestContext.Current.CancellationToken);

        // Assert
        exitCode.ShouldBe(2);
        output.ToString().ShouldContain("celebration.txt.liquid:");
        output.ToString().ShouldContain("templates: 1 problem");
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
