using System.Globalization;
using System.Reflection;

namespace PipWatch.Storage.Migrations;

/// <summary>One versioned schema script, embedded as <c>migrations/&lt;engine&gt;/NNNN_name.sql</c>.</summary>
internal sealed record Migration(int Version, string Name, string Sql)
{
    /// <summary>The engine's scripts in version order; versions must run 1, 2, 3… without gaps.</summary>
    public static IReadOnlyList<Migration> Load(StorageEngine engine)
    {
        var assembly = typeof(Migration).Assembly;
        var prefix = $"migrations/{engine.ToString().ToLowerInvariant()}/";
        var migrations = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal))
            .Select(name => Read(assembly, name, name[prefix.Length..]))
            .OrderBy(migration => migration.Version)
            .ToList();

        for (var index = 0; index < migrations.Count; index++)
        {
            if (migrations[index].Version != index + 1)
            {
                throw new InvalidOperationException(
                    $"The {engine} migrations must be numbered 1, 2, 3… without gaps, but script {index + 1} is version {migrations[index].Version}.");
            }
        }

        return migrations;
    }

    private static Migration Read(Assembly assembly, string resourceName, string fileName)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName);
        var separator = stem.IndexOf('_', StringComparison.Ordinal);
        if (separator <= 0 || !int.TryParse(stem[..separator], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            throw new InvalidOperationException(
                $"The migration script {resourceName} must be named NNNN_description.sql.");
        }

        using var stream = assembly.GetManifestResourceStream(resourceName)!;
        using var reader = new StreamReader(stream);
        return new Migration(version, stem[(separator + 1)..], reader.ReadToEnd());
    }
}
