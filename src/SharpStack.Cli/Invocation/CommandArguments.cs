using SharpStack.Cli.Catalog;

namespace SharpStack.Cli.Invocation;

/// <summary>
/// The key=value words of a command line, checked against the command's catalog entry before
/// anything is sent: unknown names get suggestions, missing required parameters are all named.
/// Map parameters take upstream's indexed form (details[0].cpuNumber=2).
/// </summary>
public static class CommandArguments
{
    public static List<KeyValuePair<string, string>> Parse(IEnumerable<string> words)
    {
        var args = new List<KeyValuePair<string, string>>();
        foreach (var word in words)
        {
            var equals = word.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new CliException($"Expected key=value, got '{word}'", ExitCodes.Usage);
            }
            args.Add(new(word[..equals], word[(equals + 1)..]));
        }
        return args;
    }

    public static void Validate(ApiCommand command, IReadOnlyList<KeyValuePair<string, string>> args)
    {
        foreach (var (key, _) in args)
        {
            var bracket = key.IndexOf('[', StringComparison.Ordinal);
            var name = bracket > 0 ? key[..bracket] : key;
            var param = command.FindParam(name);
            if (param is null)
            {
                throw new CliException($"Unknown parameter '{key}' for {command.Name}.{Suggestions.Hint(name, command.Params.Select(p => p.Name))}" +
                                       $" Parameters: {string.Join(", ", command.Params.Select(p => p.Name).Order(StringComparer.Ordinal))}", ExitCodes.Usage);
            }
            if (bracket > 0 && !string.Equals(param.Type, "map", StringComparison.OrdinalIgnoreCase))
            {
                throw new CliException($"Parameter '{param.Name}' of {command.Name} is a {param.Type}, not a map: write {param.Name}=value", ExitCodes.Usage);
            }
        }
        var missing = command.Params
            .Where(p => p.Required && !args.Any(a => string.Equals(a.Key, p.Name, StringComparison.OrdinalIgnoreCase)
                                                    || a.Key.StartsWith(p.Name + "[", StringComparison.OrdinalIgnoreCase)))
            .Select(p => p.Name)
            .ToList();
        if (missing.Count > 0)
        {
            throw new CliException($"{command.Name} needs {string.Join(", ", missing.Select(m => m + "=..."))}", ExitCodes.Usage);
        }
    }
}
