namespace SharpStack.Cli.Catalog;

/// <summary>"Did you mean": the known words closest to a mistyped one (by edit distance, or sharing a prefix or substring).</summary>
public static class Suggestions
{
    public static IReadOnlyList<string> For(string typed, IEnumerable<string> known, int most = 5)
    {
        var word = typed.ToLowerInvariant();
        var limit = Math.Max(2, word.Length / 3);
        return known
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(k => (Known: k, Distance: Distance(word, k.ToLowerInvariant())))
            .Where(k => k.Distance <= limit || (word.Length >= 3 && k.Known.Contains(word, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(k => k.Distance)
            .ThenBy(k => k.Known, StringComparer.Ordinal)
            .Take(most)
            .Select(k => k.Known)
            .ToList();
    }

    /// <summary>" Did you mean: a, b?" or nothing.</summary>
    public static string Hint(string typed, IEnumerable<string> known)
    {
        var found = For(typed, known);
        return found.Count == 0 ? "" : $" Did you mean: {string.Join(", ", found)}?";
    }

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
