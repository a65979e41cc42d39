using System.Text.RegularExpressions;
using Fluid;
using Microsoft.Extensions.Logging;

namespace PipWatch.Notifications.Templates;

/// <summary>
/// The email templates in force: the built-in defaults, each replaced by <c>&lt;config&gt;/templates/&lt;name&gt;</c>
/// when ops provide that file. Loading parses every file and renders every kind's sample, so a broken or empty
/// override stops the worker at start instead of turning into broken or empty mail later.
/// </summary>
public sealed partial class TemplateCatalog
{
    public const string OverrideFolder = "templates";

    internal const string HtmlLayout = "_layout.html.liquid";
    internal const string TextLayout = "_layout.txt.liquid";

    private const string ResourcePrefix = "PipWatch.Notifications.Templates.";
    private const string Extension = ".liquid";

    // FluidParser is immutable once built and safe to share between threads.
    private static readonly FluidParser Parser = new();

    private static readonly Lazy<TemplateCatalog> BuiltIn = new(() => Load(null, TimeProvider.System));

    private readonly IReadOnlyDictionary<string, IFluidTemplate> _parsed;

    private TemplateCatalog(IReadOnlyDictionary<string, TemplateFile> files, IReadOnlyDictionary<string, IFluidTemplate> parsed, TimeProvider timeProvider)
    {
        Files = files;
        _parsed = parsed;
        Options = TemplateSetup.CreateOptions(new CatalogFileProvider(files), timeProvider);
        Models = new ModelRegistry(Options.MemberAccessStrategy);
    }

    /// <summary>The built-in templates alone, with no overrides.</summary>
    public static TemplateCatalog Defaults => BuiltIn.Value;

    /// <summary>Every template file by name, each either the built-in default or its override.</summary>
    public IReadOnlyDictionary<string, TemplateFile> Files { get; }

    internal TemplateOptions Options { get; }

    internal ModelRegistry Models { get; }

    /// <summary>Loads and checks the templates; throws <see cref="TemplateCatalogException"/> listing every problem.</summary>
    /// <param name="configDirectory">The configuration folder holding <c>templates/</c>; null for the defaults only.</param>
    public static TemplateCatalog Load(string? configDirectory, TimeProvider timeProvider, ILogger? logger = null) =>
        Load(configDirectory, EmailTemplates.All, timeProvider, logger);

    public static TemplateCatalog Load(string? configDirectory, IEnumerable<EmailTemplate> templates, TimeProvider timeProvider, ILogger? logger = null)
    {
        var (catalog, problems) = Build(configDirectory, templates, timeProvider);
        if (catalog is null || problems.Count > 0)
        {
            throw new TemplateCatalogException(problems);
        }

        if (logger is not null)
        {
            foreach (var file in catalog.Files.Values.Where(file => file.IsOverride))
            {
                Log.OverrideInUse(logger, file.Name, file.OverridePath!);
            }
        }

        return catalog;
    }

    /// <summary>Every problem with the templates under <paramref name="configDirectory"/>, for <c>pipwatch validate</c>.</summary>
    public static IReadOnlyList<TemplateProblem> Validate(string? configDirectory) =>
        Validate(configDirectory, EmailTemplates.All);

    public static IReadOnlyList<TemplateProblem> Validate(string? configDirectory, IEnumerable<EmailTemplate> templates) =>
        Build(configDirectory, templates, TimeProvider.System).Problems;

    internal IFluidTemplate Get(string file) =>
        _parsed.TryGetValue(file, out var template)
            ? template
            : throw new TemplateRenderException(file, "no such template exists, built in or overridden");

    private static (TemplateCatalog? Catalog, List<TemplateProblem> Problems) Build(
        string? configDirectory, IEnumerable<EmailTemplate> templates, TimeProvider timeProvider)
    {
        var problems = new List<TemplateProblem>();
        var files = ReadDefaults();
        if (configDirectory is not null)
        {
            ReadOverrides(Path.Combine(configDirectory, OverrideFolder), files, problems);
        }

        var kinds = templates.ToList();
        foreach (var name in kinds.SelectMany(kind => new[] { kind.HtmlFile, kind.TextFile }).Concat([HtmlLayout, TextLayout]))
        {
            if (!files.ContainsKey(name))
            {
                problems.Add(new TemplateProblem($"(built-in) {name}", null, null, "the template is missing from the build"));
            }
        }

        var parsed = new Dictionary<string, IFluidTemplate>(StringComparer.Ordinal);
        foreach (var file in files.Values)
        {
            if (file.IsOverride && string.IsNullOrWhiteSpace(file.Source))
            {
                problems.Add(new TemplateProblem(file.DisplayName, null, null, "the file is empty; delete it to use the built-in template"));
            }
            else if (Parse(file, out var problem) is { } template)
            {
                parsed[file.Name] = template;
            }
            else
            {
                problems.Add(problem!);
            }
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var catalog = new TemplateCatalog(files, parsed, timeProvider);
        var renderer = new EmailRenderer(catalog);
        foreach (var kind in kinds)
        {
            Check(() => renderer.RenderHtml(kind.Name, kind.SampleModel, RecipientLocale.Default), catalog, problems);
            Check(() => renderer.RenderText(kind.Name, kind.SampleModel, RecipientLocale.Default), catalog, problems);
        }

        return (catalog, problems);
    }

    private static Dictionary<string, TemplateFile> ReadDefaults()
    {
        var assembly = typeof(TemplateCatalog).Assembly;
        var files = new Dictionary<string, TemplateFile>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            var name = resource[ResourcePrefix.Length..];
            files[name] = new TemplateFile(name, reader.ReadToEnd(), null);
        }

        return files;
    }

    private static void ReadOverrides(string folder, Dictionary<string, TemplateFile> files, List<TemplateProblem> problems)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        var known = files.Keys.Order(StringComparer.Ordinal).ToList();
        foreach (var path in Directory.EnumerateFiles(Path.GetFullPath(folder), "*" + Extension, SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            if (!files.ContainsKey(name))
            {
                problems.Add(new TemplateProblem(path, null, null,
                    $"'{name}' is not a template PipWatch has, so it would never be used; the names are: {string.Join(", ", known)}"));
                continue;
            }

            try
            {
                files[name] = new TemplateFile(name, File.ReadAllText(path), path);
            }
            catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
            {
                problems.Add(new TemplateProblem(path, null, null, $"cannot be read: {failure.Message}"));
            }
        }
    }

    private static IFluidTemplate? Parse(TemplateFile file, out TemplateProblem? problem)
    {
        problem = null;
        if (Parser.TryParse(file.Source, out var template, out var error))
        {
            return template;
        }

        // Fluid reports "<reason> at (line:column)" followed by the offending source line.
        var reason = error.Split('\n')[0];
        var position = ParsePosition().Match(reason);
        problem = position.Success
            ? new TemplateProblem(
                file.DisplayName,
                int.Parse(position.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(position.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture),
                reason[..position.Index].TrimEnd())
            : new TemplateProblem(file.DisplayName, null, null, reason);
        return null;
    }

    private static void Check(Action render, TemplateCatalog catalog, List<TemplateProblem> problems)
    {
        try
        {
            render();
        }
        catch (TemplateRenderException failure)
        {
            var file = catalog.Files.GetValueOrDefault(failure.TemplateFile);
            var line = file is not null && failure.OffendingName is { } name ? LineMentioning(file.Source, name) : null;
            var problem = new TemplateProblem(file?.DisplayName ?? failure.TemplateFile, line, null, failure.Reason);
            if (!problems.Contains(problem))
            {
                problems.Add(problem);
            }
        }
    }

    private static int? LineMentioning(string source, string name)
    {
        var pattern = new Regex($@"(?<!\w){Regex.Escape(name)}(?!\w)", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        var lines = source.Split('\n');
        var mentions = Enumerable.Range(0, lines.Length).Where(index => pattern.IsMatch(lines[index])).ToList();

        // Prefer a line where the name sits in Liquid markup over one where it is only plain text.
        var inMarkup = mentions.FirstOrDefault(index => lines[index].Contains("{{", StringComparison.Ordinal) || lines[index].Contains("{%", StringComparison.Ordinal), -1);
        return inMarkup >= 0 ? inMarkup + 1 : mentions.Count > 0 ? mentions[0] + 1 : null;
    }

    [GeneratedRegex(@" at \((\d+):(\d+)\)")]
    private static partial Regex ParsePosition();

    private static partial class Log
    {
        [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Email template {Template} is overridden by {Path}")]
        public static partial void OverrideInUse(ILogger logger, string template, string path);
    }
}
