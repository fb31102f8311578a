using System.CommandLine;
using SharpStack.Cli.Commands;

namespace SharpStack.Cli;

/// <summary>The sharpstack command line: built-in commands, then any API command by verb and noun.</summary>
public static class CliApp
{
    public static async Task<int> RunAsync(string[] args, CliEnvironment env, CancellationToken ct = default)
    {
        var options = new GlobalOptions();
        var words = ApiCommandLine.VerbNounArgument();
        var root = new RootCommand("sharpstack: a command-line client for SharpStack and Apache CloudStack clouds") { words };
        // A verb's noun may be a built-in's name (update zone): built-ins only where they come first.
        if (IsBuiltIn(FirstWord(args)))
        {
            root.Add(ProfileCommand.Create(env));
            root.Add(SyncCommand.Create(env, options));
            root.Add(ApiCommandLine.CreateRaw(env, options));
            root.Add(CompletionCommand.Create(env));
            root.Add(CompletionCommand.CreateEngineEntry(env));
            root.Add(ZoneCommand.Create(env, options));
        }
        foreach (var option in options.All)
        {
            root.Add(option);
        }
        root.SetAction(async (parse, token) =>
        {
            var given = parse.GetValue(words) ?? [];
            if (given.Length == 0)
            {
                await env.Error.WriteLineAsync("Usage: sharpstack <verb> <noun> [key=value ...]   (sharpstack --help for the built-in commands)");
                return ExitCodes.Usage;
            }
            return await ApiCommandLine.RunVerbNounAsync(env, options, parse, given, token);
        });

        var parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { Output = env.Output, Error = env.Error, EnableDefaultExceptionHandler = false }, ct);
        }
        catch (CliException e)
        {
            await env.Error.WriteLineAsync("Error: " + e.Message);
            return e.ExitCode;
        }
    }

    /// <summary>Built-ins, and no word at all (--help lists the built-ins).</summary>
    private static bool IsBuiltIn(string? word) =>
        word is null or "__complete" || Completion.CompletionEngine.BuiltIns.ContainsKey(word);

    private static string? FirstWord(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (GlobalOptions.TakesValue(args[i]))
            {
                i++;
            }
            else if (!args[i].StartsWith('-'))
            {
                return args[i];
            }
        }
        return null;
    }
}
