namespace PipWatch.Reporting;

/// <summary>The known plan ids closest to a mistyped one, for the "no such plan" message.</summary>
public static class NearestIds
{
    public static IReadOnlyList<string> Find(string wanted, IEnumerable<string> known, int count = 3)
    {
        var lowered = wanted.ToLowerInvariant();
        return [.. known
            .Distinct(StringComparer.Ordinal)
            .Select(id => (Id: id, Score: Score(lowered, id.ToLowerInvariant())))
            .OrderBy(c => c.Score)
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .Take(count)
            .Select(c => c.Id)];
    }

    // One id containing the other (a prefix typed, a suffix left off) beats any edit distance.
    private static int Score(string wanted, string id) =>
        id.Contains(wanted, StringComparison.Ordinal) || wanted.Contains(id, StringComparison.Ordinal)
            ? Math.Abs(id.Length - wanted.Length) - 1000
            : Distance(wanted, id);

    /// <summary>Levenshtein distance: insertions, deletions and substitutions.</summary>
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
