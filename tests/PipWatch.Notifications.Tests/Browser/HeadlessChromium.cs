using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace PipWatch.Notifications.Tests.Browser;

/// <summary>
/// Renders an email's HTML in Debian's headless Chromium the way a mail client shows it: 640 px wide, inline images
/// resolved from their cid: references, no network. It saves a screenshot and reports whether anything overflows
/// horizontally and whether every image loaded.
/// </summary>
/// <remarks>
/// One Chromium runs at a time (calls queue), each with a fresh profile, and each is killed with its children when
/// it outlives the timeout. A missing Chromium fails the calling test: tests/run-all.sh installs it.
/// </remarks>
public sealed partial class HeadlessChromium(TimeSpan? timeout = null)
{
    public const int ViewportWidth = 640;

    private const int FirstViewportHeight = 1000;
    private const int MaxScreenshotHeight = 16_000;
    private const string VerdictId = "pipwatch-verdict";

    private static readonly SemaphoreSlim OneAtATime = new(1, 1);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    // Computed once the page and its images have loaded, written into the page for --dump-dom to carry out.
    private static readonly string VerdictScript = $$"""
        <script>
        window.addEventListener('load', function () {
          var root = document.documentElement, width = root.clientWidth, over = [];
          var reaches = function (element) { var box = element.getBoundingClientRect(); return box.width > 0 && box.right > width + 0.5; };
          var all = document.body ? document.body.getElementsByTagName('*') : [];
          for (var i = 0; i < all.length && over.length < 5; i++) {
            var element = all[i];
            if (!reaches(element) || Array.prototype.some.call(element.children, reaches)) continue;
            var text = (element.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 60);
            over.push(element.tagName.toLowerCase() + (element.className ? '.' + String(element.className).split(' ').join('.') : '')
              + ' right=' + Math.round(element.getBoundingClientRect().right) + ' "' + text + '"');
          }
          var images = Array.prototype.map.call(document.images, function (image) {
            var src = image.getAttribute('src') || '';
            if (src.indexOf('data:') === 0) src = src.slice(0, src.indexOf(';')) + ' (' + src.length + ' chars)';
            return { source: src, alt: image.getAttribute('alt') || '', loaded: image.complete && image.naturalWidth > 0, naturalWidth: image.naturalWidth };
          });
          var body = document.body;
          var verdict = {
            viewportWidth: width,
            scrollWidth: Math.max(root.scrollWidth, body ? body.scrollWidth : 0),
            contentHeight: Math.ceil(body ? Math.max(body.scrollHeight, body.getBoundingClientRect().bottom) : root.scrollHeight),
            overflowingElements: over,
            images: images
          };
          var output = document.createElement('pre');
          output.id = '{{VerdictId}}';
          output.style.display = 'none';
          output.textContent = JSON.stringify(verdict);
          (body || root).appendChild(output);
        });
        </script>
        """;

    private readonly TimeSpan _timeout = timeout ?? TimeSpan.FromSeconds(60);

    /// <summary>
    /// Where screenshots are kept for people to look at: PIPWATCH_SCREENSHOTS, or pipwatch-email-screenshots in the
    /// temp folder.
    /// </summary>
    public static string ScreenshotFolder =>
        Environment.GetEnvironmentVariable("PIPWATCH_SCREENSHOTS") is { Length: > 0 } folder
            ? folder
            : Path.Combine(Path.GetTempPath(), "pipwatch-email-screenshots");

    /// <summary>The Chromium binary: PIPWATCH_CHROMIUM, /usr/bin/chromium, or chromium on the PATH.</summary>
    public static string FindChromium()
    {
        var candidates = new List<string>();
        if (Environment.GetEnvironmentVariable("PIPWATCH_CHROMIUM") is { Length: > 0 } configured)
        {
            candidates.Add(configured);
        }

        candidates.Add("/usr/bin/chromium");
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            candidates.Add(Path.Combine(directory, "chromium"));
            candidates.Add(Path.Combine(directory, "chromium-browser"));
        }

        return candidates.FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException(
                "Chromium was not found (tried PIPWATCH_CHROMIUM, /usr/bin/chromium and the PATH). tests/run-all.sh installs it; by hand: apt-get install -y chromium.");
    }

    /// <summary>A screenshot path in <see cref="ScreenshotFolder"/> for a name such as "digest-hostile".</summary>
    public static string ScreenshotPathFor(string name) => Path.Combine(ScreenshotFolder, $"{name}.png");

    public async Task<BrowserVerdict> RenderAsync(
        string html,
        IReadOnlyDictionary<string, byte[]> inlineImagesByContentId,
        string screenshotPath,
        CancellationToken ct)
    {
        var chromium = FindChromium();
        var work = Directory.CreateTempSubdirectory("pipwatch-chromium-");
        try
        {
            var page = Path.Combine(work.FullName, "email.html");
            await File.WriteAllTextAsync(page, WithVerdictScript(WithInlineImages(html, inlineImagesByContentId)), ct);
            var screenshot = Path.GetFullPath(screenshotPath);
            Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);

            await OneAtATime.WaitAsync(ct);
            try
            {
                var dom = await RunAsync(chromium, work.FullName, page, FirstViewportHeight, screenshot, dumpDom: true, ct);
                var verdict = ReadVerdict(dom, screenshot);

                // A long email needs a taller window to be photographed whole.
                if (verdict.ContentHeight > FirstViewportHeight)
                {
                    await RunAsync(chromium, work.FullName, page, Math.Min(verdict.ContentHeight, MaxScreenshotHeight), screenshot, dumpDom: false, ct);
                }

                return verdict;
            }
            finally
            {
                OneAtATime.Release();
            }
        }
        finally
        {
            TryDelete(work);
        }
    }

    /// <summary>Replaces cid: references with data: URIs, as a mail client resolves them from the MIME parts.</summary>
    internal static string WithInlineImages(string html, IReadOnlyDictionary<string, byte[]> images) =>
        ContentIdReference().Replace(html, match => images.TryGetValue(match.Groups["id"].Value, out var png)
            ? $"data:image/png;base64,{Convert.ToBase64String(png)}"
            : match.Value);

    private static string WithVerdictScript(string html)
    {
        var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return end < 0 ? html + VerdictScript : html.Insert(end, VerdictScript);
    }

    private async Task<string> RunAsync(string chromium, string work, string page, int height, string screenshot, bool dumpDom, CancellationToken ct)
    {
        var start = new ProcessStartInfo(chromium)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-quic", "--no-default-browser-check",
            "--disable-dev-shm-usage", "--hide-scrollbars", "--force-device-scale-factor=1",

            // Emails must not load anything remote; an attempt shows up as a broken image instead of a request.
            "--host-resolver-rules=MAP * ~NOTFOUND",
            $"--user-data-dir={Path.Combine(work, dumpDom ? "profile-dom" : "profile-shot")}",
            $"--window-size={ViewportWidth},{height}",
            "--virtual-time-budget=5000",
            $"--screenshot={screenshot}",
        })
        {
            start.ArgumentList.Add(argument);
        }

        if (dumpDom)
        {
            start.ArgumentList.Add("--dump-dom");
        }

        start.ArgumentList.Add(new Uri(page).AbsoluteUri);

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {chromium}.");
        var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var errors = process.StandardError.ReadToEndAsync(CancellationToken.None);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(_timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            ct.ThrowIfCancellationRequested();
            throw new TimeoutException($"Chromium did not finish rendering {page} within {_timeout.TotalSeconds:0.#} s and was stopped.");
        }

        var stdout = await output;
        if (process.ExitCode != 0 || !File.Exists(screenshot))
        {
            var tail = string.Join('\n', (await errors).Split('\n').TakeLast(15));
            throw new InvalidOperationException($"Chromium exited with code {process.ExitCode} rendering {page} (screenshot {(File.Exists(screenshot) ? "written" : "missing")}):\n{tail}");
        }

        return stdout;
    }

    private static BrowserVerdict ReadVerdict(string dom, string screenshot)
    {
        var json = new HtmlParser().ParseDocument(dom).GetElementById(VerdictId)?.TextContent
            ?? throw new InvalidOperationException($"Chromium's page carries no verdict (#{VerdictId}); did the page's load event fire? DOM starts: {dom[..Math.Min(dom.Length, 300)]}");
        var found = JsonSerializer.Deserialize<VerdictJson>(json, Json)
            ?? throw new InvalidOperationException($"The verdict is not JSON: {json}");
        return new BrowserVerdict(found.ViewportWidth, found.ScrollWidth, found.ContentHeight, found.OverflowingElements, found.Images, screenshot);
    }

    private static void TryDelete(DirectoryInfo directory)
    {
        try
        {
            directory.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A helper process may still hold a file for a moment; the temp folder is cleaned by the system.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    [GeneratedRegex(@"(?<=\bsrc\s*=\s*[""']?)cid:(?<id>[A-Za-z0-9._@-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex ContentIdReference();

    private sealed record VerdictJson(
        int ViewportWidth,
        int ScrollWidth,
        int ContentHeight,
        IReadOnlyList<string> OverflowingElements,
        IReadOnlyList<BrowserImage> Images);
}
