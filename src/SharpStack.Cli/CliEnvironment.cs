using SharpStack.Cli.Config;
using Spectre.Console;

namespace SharpStack.Cli;

/// <summary>Where the CLI writes, whether stdout is a terminal, and where its config lives; tests give their own.</summary>
public sealed class CliEnvironment
{
    public required TextWriter Output { get; init; }
    public required TextWriter Error { get; init; }
    public required bool IsTerminal { get; init; }
    public required ConfigPaths Paths { get; init; }
    public TimeProvider Time { get; init; } = TimeProvider.System;

    private IAnsiConsole? _console;

    /// <summary>Spectre.Console on the output: colours and live widgets on a terminal, plain wide text otherwise.</summary>
    public IAnsiConsole Console => _console ??= CreateConsole();

    /// <summary>Writes a table and ends its last line.</summary>
    public void WriteTable(Table table)
    {
        Console.Write(table);
        Console.WriteLine();
    }

    public static CliEnvironment FromProcess() => new()
    {
        Output = System.Console.Out,
        Error = System.Console.Error,
        IsTerminal = !System.Console.IsOutputRedirected,
        Paths = ConfigPaths.FromEnvironment(),
    };

    private IAnsiConsole CreateConsole()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Output),
            Ansi = IsTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = IsTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = IsTerminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!IsTerminal)
        {
            console.Profile.Width = 4096;
        }
        return console;
    }
}
