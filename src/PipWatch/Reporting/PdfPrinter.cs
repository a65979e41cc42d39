using System.Diagnostics;

namespace PipWatch.Reporting;

/// <summary>
/// Prints the HTML report to PDF with a headless Chromium, which applies the report's print style sheet (A4, page
/// breaks) exactly as a browser's "Save as PDF" would. No PDF library is involved: a browser is the renderer that
/// already understands the page.
/// </summary>
public sealed class PdfPrinter(string chromium)
{
    public const string ChromiumVariable = "PIPWATCH_CHROMIUM";

    private static readonly string[] BinaryNames = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public string Chromium => chromium;

    /// <summary>PIPWATCH_CHROMIUM when it names a file, else the first Chromium or Chrome on the PATH; null when there is none.</summary>
    public static PdfPrinter? Find(IReadOnlyDictionary<string, string?> environment)
    {
        if (environment.TryGetValue(ChromiumVariable, out var configured) && configured is { Length: > 0 })
        {
            return File.Exists(configured) ? new PdfPrinter(configured) : null;
        }

        var path = environment.TryGetValue("PATH", out var value) ? value ?? "" : "";
        foreach (var directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in BinaryNames)
            {
                var candidate = Path.Combine(directory, name);
                if (File.Exists(candidate))
                {
                    return new PdfPrinter(candidate);
                }
            }
        }

        return null;
    }

    public async Task PrintAsync(string htmlPath, string pdfPath, CancellationToken cancellationToken)
    {
        var profile = Directory.CreateTempSubdirectory("pipwatch-pdf-");
        try
        {
            var start = new ProcessStartInfo(chromium)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[]
            {
                // Without --no-sandbox Chromium refuses to start as root, which is how many containers run.
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-default-browser-check",

                // The report is self-contained; should anything try the network anyway, it finds nothing.
                "--host-resolver-rules=MAP * ~NOTFOUND",
                "--no-pdf-header-footer",
                $"--user-data-dir={profile.FullName}",
                $"--print-to-pdf={Path.GetFullPath(pdfPath)}",
                new Uri(Path.GetFullPath(htmlPath)).AbsoluteUri,
            })
            {
                start.ArgumentList.Add(argument);
            }

            File.Delete(pdfPath);
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {chromium}.");
            var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
            var errors = process.StandardError.ReadToEndAsync(CancellationToken.None);
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(Timeout);
            try
            {
                await process.WaitForExitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync(CancellationToken.None);
                cancellationToken.ThrowIfCancellationRequested();
                throw new TimeoutException($"{chromium} did not finish printing {htmlPath} within {Timeout.TotalMinutes:0} minutes and was stopped.");
            }

            await output;
            if (process.ExitCode != 0 || !File.Exists(pdfPath))
            {
                var tail = string.Join(' ', (await errors).Split('\n', StringSplitOptions.RemoveEmptyEntries).TakeLast(3));
                throw new InvalidOperationException($"{chromium} could not print the report to PDF (exit code {process.ExitCode}): {tail}");
            }
        }
        finally
        {
            try
            {
                profile.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A Chromium helper may still hold a file for a moment; the temp folder is the system's to clean.
            }
        }
    }
}
