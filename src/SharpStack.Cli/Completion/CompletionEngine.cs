using SharpStack.Cli.Catalog;

namespace SharpStack.Cli.Completion;

/// <summary>
/// Tab completion from the synced catalog: given the words typed so far (the last one being the
/// word under the cursor, possibly empty), the candidates for that word. First word: the verbs
/// and the CLI's own commands; after a verb: its nouns; after a verb and noun (or `api NAME`):
/// the parameters not given yet, as "name=".
/// </summary>
public sealed class CompletionEngine(ApiCatalog? catalog)
{
    /// <summary>The CLI's own commands and their sub-commands.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> BuiltIns = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["api"] = [],
        ["completion"] = ["bash"],
        ["profile"] = ["list", "set", "use"],
        ["sync"] = [],
        ["zone"] = ["apply"],
    };

    public IReadOnlyList<string> Complete(IReadOnlyList<string> typed)
    {
        var words = WithoutOptions(typed);
        var current = words.Count == 0 ? "" : words[^1];
        var before = words.Take(Math.Max(0, words.Count - 1)).ToList();
        if (current.StartsWith('-'))
        {
            return Matching(["--profile", "--output", "--filter", "--async", "--timeout", "--help"], current);
        }
        return Matching(Candidates(before, current), current);
    }

    private IEnumerable<string> Candidates(List<string> before, string current)
    {
        if (before.Count == 0)
        {
            return (catalog?.Verbs ?? []).Concat(BuiltIns.Keys).Distinct();
        }
        var first = before[0];
        if (first == "api")
        {
            return before.Count == 1
                ? catalog?.Commands.Select(c => c.Name) ?? []
                : Parameters(catalog?.Find(before[1]), before.Skip(2), current);
        }
        if (BuiltIns.TryGetValue(first, out var subcommands))
        {
            return before.Count == 1 ? subcommands : [];
        }
        if (catalog is null)
        {
            return [];
        }
        if (before.Count == 1)
        {
            return catalog.Nouns(first);
        }
        var command = catalog.Find(first, before[1]) ?? catalog.Find(first, "");
        return Parameters(command, before.Skip(command?.Split.Noun.Length == 0 ? 1 : 2), current);
    }

    private static IEnumerable<string> Parameters(ApiCommand? command, IEnumerable<string> given, string current)
    {
        if (command is null || current.Contains('=', StringComparison.Ordinal))
        {
            return [];
        }
        var used = given.Select(w => w.Split('=', 2)[0]).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return command.Params.Where(p => !used.Contains(p.Name)).Select(p => p.Name + "=");
    }

    private static List<string> Matching(IEnumerable<string> candidates, string prefix) =>
        candidates.Where(c => c.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)).Distinct().Order(StringComparer.Ordinal).ToList();

    private static List<string> WithoutOptions(IReadOnlyList<string> typed)
    {
        var words = new List<string>();
        for (var i = 0; i < typed.Count; i++)
        {
            var isLast = i == typed.Count - 1;
            if (!isLast && Commands.GlobalOptions.TakesValue(typed[i]))
            {
                i++;
                if (i == typed.Count - 1)
                {
                    return [];
                }
                continue;
            }
            if (!isLast && typed[i].StartsWith('-'))
            {
                continue;
            }
            words.Add(typed[i]);
        }
        return words;
    }

    /// <summary>The words of a command line up to the cursor (after the program name); a trailing space starts an empty word.</summary>
    public static List<string> SplitLine(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        if (line.Length == 0 || char.IsWhiteSpace(line[^1]))
        {
            words.Add("");
        }
        return words;
    }

    /// <summary>The --profile value named on a command line, if any.</summary>
    public static string? ProfileOf(IReadOnlyList<string> words)
    {
        for (var i = 0; i < words.Count - 1; i++)
        {
            if (words[i] is "--profile" or "-p")
            {
                return words[i + 1];
            }
        }
        return null;
    }
}
