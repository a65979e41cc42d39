using System.Text.RegularExpressions;
using PipWatch.Configuration.Settings;
using PipWatch.Configuration.Yaml;

namespace PipWatch.Configuration.Binding;

/// <summary>Reads a key that holds a secret: only a reference may be written, never the secret itself.</summary>
internal static partial class SecretReader
{
    public const string LiteralSecretMessage = "secrets are referenced, not written here: use { env: NAME } or { file: PATH }";

    /// <param name="checkValue">With secret checking on: returns a problem with the secret's content, or null. It must not quote the value.</param>
    public static SecretReference? Secret(this MappingReader reader, string key, Func<string, string?>? checkValue = null)
    {
        var entry = reader.Entry(key);
        SecretReference? reference;
        switch (entry?.Value)
        {
            case null or ScalarNode { Value: null }:
                return null;
            case ScalarNode { Location.EnvironmentVariable: { } variable }:
                // PIPWATCH__Email__Smtp__Password=... holds the secret itself: the variable is the reference.
                reference = new SecretReference(variable, null);
                break;
            case ScalarNode:
                // Never quote the value: it is most likely the secret.
                reader.Report(key, LiteralSecretMessage);
                return null;
            case MappingNode mapping:
                reference = ReadReference(new MappingReader(mapping, reader.PathOf(key), reader.Context, location: entry.Location), reader, key);
                break;
            default:
                reader.Report(key, $"{LiteralSecretMessage}; found {entry.Value.Describe()}");
                return null;
        }

        if (reference is not null && reader.Context.SecretChecker is { } checker)
        {
            if (!checker.TryResolve(reference, out var value, out var error))
            {
                reader.Report(key, error);
            }
            else if (checkValue?.Invoke(value) is { } problem)
            {
                reader.Report(key, $"{reference} {problem}");
            }
        }

        return reference;
    }

    private static SecretReference? ReadReference(MappingReader inner, MappingReader outer, string key)
    {
        var hasEnv = inner.Has("env");
        var hasFile = inner.Has("file");
        var env = inner.String("env");
        var file = inner.String("file");
        inner.Finish();

        if (hasEnv && hasFile)
        {
            // An override of one kind replaces the file's reference of the other kind.
            var envFromOverride = inner.LocationOf("env").EnvironmentVariable is not null;
            var fileFromOverride = inner.LocationOf("file").EnvironmentVariable is not null;
            if (envFromOverride == fileFromOverride)
            {
                outer.Report(key, "give either env or file, not both");
                return null;
            }

            if (envFromOverride)
            {
                file = null;
            }
            else
            {
                env = null;
            }
        }

        if (env is not null)
        {
            if (!VariableName().IsMatch(env))
            {
                // Not quoted: a value that is no variable name may well be the secret pasted in the wrong place.
                inner.Report("env", "this is not an environment variable name (letters, digits and _, not starting with a digit)");
                return null;
            }

            return new SecretReference(env, null);
        }

        if (file is not null)
        {
            return new SecretReference(null, file);
        }

        if (!hasEnv && !hasFile)
        {
            outer.Report(key, "say where the secret is: { env: NAME } or { file: PATH }");
        }

        return null;
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex VariableName();
}
