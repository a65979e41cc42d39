using PipWatch.Configuration.Problems;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace PipWatch.Configuration.Yaml;

/// <summary>Reads one YAML file into a <see cref="MappingNode"/> with line numbers, turning parser errors into problems.</summary>
internal static class YamlFileReader
{
    /// <summary>Returns the file's top-level section, an empty one for an empty file, or null when it cannot be used.</summary>
    public static MappingNode? Parse(string text, string file, ProblemList problems)
    {
        var stream = new YamlStream();
        var parser = new TrackingParser(new Parser(new StringReader(text)));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException ex)
        {
            problems.Add(SourceLocation.InFile(file, (int)ex.Start.Line), "", Explain(ex.Message));
            return null;
        }
        catch (InvalidOperationException)
        {
            // The scanner gives up with no position on some unclosed flow collections; the last event still locates it.
            problems.Add(SourceLocation.InFile(file, parser.LastLine), "",
                "the file is not valid YAML near here: check for an unclosed [ or { and for values with ': ' that need quotes");
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            return new MappingNode(SourceLocation.InFile(file, 1));
        }

        if (stream.Documents.Count > 1)
        {
            problems.Add(SourceLocation.InFile(file, (int)stream.Documents[1].RootNode.Start.Line), "",
                "the file holds more than one YAML document (a second '---'); keep one per file");
            return null;
        }

        var root = Convert(stream.Documents[0].RootNode, file, "", problems);
        if (root is MappingNode mapping)
        {
            return mapping;
        }

        if (root is ScalarNode { Value: null })
        {
            return new MappingNode(SourceLocation.InFile(file, 1));
        }

        problems.Add(root.Location, "", $"the file must be a set of 'key: value' lines, but it holds {root.Describe()}");
        return null;
    }

    private static string Explain(string parserMessage)
    {
        const string duplicate = "Duplicate key ";
        return parserMessage.StartsWith(duplicate, StringComparison.Ordinal)
            ? $"the key '{parserMessage[duplicate.Length..]}' appears twice in the same section; keep one"
            : $"the file is not valid YAML: {parserMessage.TrimEnd('.')} (check the indentation here, and quote values that contain ': ' or start with a special character)";
    }

    private static ConfigNode Convert(YamlNode node, string file, string path, ProblemList problems)
    {
        var location = SourceLocation.InFile(file, (int)node.Start.Line);
        switch (node)
        {
            case YamlScalarNode scalar:
                return new ScalarNode(IsNull(scalar) ? null : scalar.Value, location);
            case YamlSequenceNode sequence:
                return new SequenceNode(
                    [.. sequence.Children.Select((child, i) => Convert(child, file, $"{path}[{i + 1}]", problems))], location);
            case YamlMappingNode mappingNode:
                var mapping = new MappingNode(location);
                foreach (var (key, value) in mappingNode.Children)
                {
                    var keyLocation = SourceLocation.InFile(file, (int)key.Start.Line);
                    if (key is not YamlScalarNode { Value: { Length: > 0 } name })
                    {
                        problems.Add(keyLocation, path, "a key must be a plain name such as 'start'");
                        continue;
                    }

                    var childPath = path.Length == 0 ? name : $"{path}.{name}";
                    mapping.Entries.Add(new MappingEntry(name, keyLocation, Convert(value, file, childPath, problems)));
                }

                return mapping;
            default:
                return new ScalarNode(null, location);
        }
    }

    private static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == ScalarStyle.Plain && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";

    /// <summary>Remembers the last event's line, so even an error without a position can be placed.</summary>
    private sealed class TrackingParser(IParser inner) : IParser
    {
        public int? LastLine { get; private set; }

        public ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            var moved = inner.MoveNext();
            if (inner.Current is { } current)
            {
                LastLine = (int)current.Start.Line;
            }

            return moved;
        }
    }
}
