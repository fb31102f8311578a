using System.CommandLine;
using SharpStack.Cli.Invocation;
using SharpStack.Cli.Output;

namespace SharpStack.Cli.Commands;

/// <summary>The options every command accepts, anywhere on the line.</summary>
public sealed class GlobalOptions
{
    public Option<string?> Profile { get; } = new("--profile", "-p") { Description = "The profile to use (default: the current one)", Recursive = true };

    public Option<OutputFormat> Output { get; } = new("--output", "-o") { Description = "json, table or csv (default: table for lists on a terminal, json otherwise)", Recursive = true };

    public Option<string?> Filter { get; } = new("--filter", "-f") { Description = "Only these fields, comma separated (name,id,state)", Recursive = true };

    public Option<bool> Async { get; } = new("--async") { Description = "Answer an async command's job id at once instead of waiting for the job", Recursive = true };

    public Option<int> Timeout { get; } = new("--timeout") { Description = "Seconds to wait for an async job", DefaultValueFactory = _ => 3600, Recursive = true };

    /// <summary>Whether a word is an option that takes the next word as its value.</summary>
    public static bool TakesValue(string word) => word is "--profile" or "-p" or "--output" or "-o" or "--filter" or "-f" or "--timeout";

    public IEnumerable<Option> All => [Profile, Output, Filter, Async, Timeout];

    public RunOptions RunOptions(ParseResult parse) => new(
        parse.GetValue(Output),
        ResultWriter.ParseFilter(parse.GetValue(Filter)),
        parse.GetValue(Async),
        TimeSpan.FromSeconds(parse.GetValue(Timeout)));
}
