using System.CommandLine;
using SharpStack.Cli.Catalog;
using SharpStack.Cli.Completion;
using SharpStack.Cli.Config;

namespace SharpStack.Cli.Commands;

/// <summary>`sharpstack completion bash` prints the script; the hidden `__complete LINE` answers the candidates.</summary>
public static class CompletionCommand
{
    public static Command Create(CliEnvironment env)
    {
        var completion = new Command("completion", "Print a shell completion script");
        var bash = new Command("bash", "Bash completion: source <(sharpstack completion bash)");
        bash.SetAction(_ =>
        {
            env.Output.Write(BashScript.Text);
            return ExitCodes.Ok;
        });
        completion.Add(bash);
        return completion;
    }

    public static Command CreateEngineEntry(CliEnvironment env)
    {
        var line = new Argument<string>("line") { Description = "The command line up to the cursor" };
        var complete = new Command("__complete", "Completion candidates for a command line") { line };
        complete.Hidden = true;
        complete.SetAction(parse =>
        {
            var words = CompletionEngine.SplitLine(parse.GetValue(line) ?? "");
            var config = CliConfig.Load(env.Paths.ConfigFile);
            var profile = CompletionEngine.ProfileOf(words) ?? config.Current;
            var catalog = ApiCatalog.Load(env.Paths.CatalogFile(profile));
            foreach (var candidate in new CompletionEngine(catalog).Complete(words))
            {
                env.Output.WriteLine(candidate);
            }
            return ExitCodes.Ok;
        });
        return complete;
    }
}
