using System.Text.RegularExpressions;
using PipWatch.Configuration.Binding;
using PipWatch.Configuration.Settings;

namespace PipWatch.Configuration.Sections;

internal static partial class StorageSection
{
    public static StorageSettings Read(MappingReader r)
    {
        var d = new StorageSettings();
        var settings = new StorageSettings
        {
            PostgresConnectionString = r.Secret("postgres_connection_string"),
            SqlitePath = r.Read("sqlite_path", d.SqlitePath, ScalarParsers.String, v => v.Trim().Length > 0, "must name a file"),
            HangfireSchema = r.Read("hangfire_schema", d.HangfireSchema, ScalarParsers.String, v => SchemaName().IsMatch(v),
                "is not a PostgreSQL schema name: use lower-case letters, digits and _, starting with a letter"),
        };
        r.Finish();
        return settings;
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex SchemaName();
}
