using System.CommandLine;
using SharpStack.Cli.Catalog;
using SharpStack.Cli.Invocation;

namespace SharpStack.Cli.Commands;

/// <summary>
/// The API commands: `sharpstack api listZones key=value...` by API name (works before a sync),
/// and `sharpstack list zones key=value...` by CloudMonkey's verb and noun (from the synced catalog).
/// </summary>
public static class ApiCommandLine
{
    public static Command CreateRaw(CliEnvironment env, GlobalOptions options)
    {
        var name = new Argument<string>("command") { Description = "The API command name, e.g. listZones" };
        var args = new Argument<string[]>("parameters") { Description = "key=value", Arity = ArgumentArity.ZeroOrMore };
        var api = new Command("api", "Call an API command by its name: sharpstack api listZones name=lab") { name, args };
        api.SetAction((parse, ct) => CommandRunner.RunAsync(CliSession.Open(env, parse.GetValue(options.Profile)), parse.GetValue(name)!,
            parse.GetValue(args) ?? [], options.RunOptions(parse), ct));
        return api;
    }

    /// <summary>The root's words: verb, noun (for most commands), then key=value parameters.</summary>
    public static Argument<string[]> VerbNounArgument() => new("verb noun key=value") { Arity = ArgumentArity.ZeroOrMore, Description = "An API command as verb and noun, e.g. list virtualmachines state=Running" };

    public static Task<int> RunVerbNounAsync(CliEnvironment env, GlobalOptions options, ParseResult parse, string[] words, CancellationToken ct)
    {
        var session = CliSession.Open(env, parse.GetValue(options.Profile));
        var catalog = session.RequireCatalog();
        var verb = words[0].ToLowerInvariant();
        if (!catalog.Verbs.Contains(verb))
        {
            throw new CliException($"Unknown command '{words[0]}'.{Suggestions.Hint(verb, catalog.Verbs.Concat(Completion.CompletionEngine.BuiltIns.Keys))} See: sharpstack --help", ExitCodes.Usage);
        }
        var noun = words.Length > 1 && !words[1].Contains('=', StringComparison.Ordinal) ? words[1].ToLowerInvariant() : "";
        var command = catalog.Find(verb, noun);
        if (command is null && noun.Length > 0 && catalog.Find(verb, "") is { } alone)
        {
            command = alone;
            noun = "";
        }
        if (command is null)
        {
            var nouns = catalog.Nouns(verb).ToList();
            var hint = noun.Length == 0 ? $" Nouns: {string.Join(", ", nouns)}" : Suggestions.Hint(noun, nouns);
            throw new CliException($"Unknown command '{verb} {noun}'.".Replace(" '.", "'.", StringComparison.Ordinal) + hint, ExitCodes.Usage);
        }
        var parameters = words.Skip(noun.Length == 0 ? 1 : 2);
        return CommandRunner.RunAsync(session, command.Name, parameters, options.RunOptions(parse), ct);
    }
}
