using PipWatch.Configuration.Binding;
using PipWatch.Configuration.Settings;
using PipWatch.Configuration.Yaml;

namespace PipWatch.Configuration.Sections;

internal static class RealismSection
{
    public static RealismSettings Read(MappingReader r)
    {
        var d = new RealismSettings();
        var settings = new RealismSettings
        {
            PeerWeeks = r.Int("peer_weeks", d.PeerWeeks, 1, 52),
            PeerGroups = ReadPeerGroups(r),
        };
        r.Finish();
        return settings;
    }

    private static Dictionary<string, IReadOnlyList<string>> ReadPeerGroups(MappingReader r)
    {
        var groups = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (r.OptionalSection("peer_groups") is not { } section)
        {
            return groups;
        }

        foreach (var entry in section.Entries())
        {
            var path = section.PathOf(entry.Key);
            if (entry.Value is not SequenceNode list)
            {
                r.Context.Problems.Add(entry.Location, path, "a peer group is a list of users (Ids, usernames or emails)");
                continue;
            }

            var members = new List<string>();
            foreach (var (item, i) in list.Items.Select((item, i) => (item, i)))
            {
                var itemPath = $"{path}[{i + 1}]";
                if (MappingReader.ItemText(item, itemPath, r.Context.Problems) is not { } text)
                {
                    continue;
                }

                if (UserReferences.TryParse(text, out var user, out var error))
                {
                    members.Add(user);
                }
                else
                {
                    r.Context.Problems.Add(item.Location, itemPath, error);
                }
            }

            if (list.Items.Count < 2)
            {
                r.Context.Problems.Add(entry.Location, path, "a peer group needs at least two people to compare with");
            }

            groups[entry.Key] = members;
        }

        return groups;
    }
}
