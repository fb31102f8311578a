using Spectre.Console;

namespace SharpStack.Cli.Invocation;

/// <summary>What the user sees while an async job runs: a spinner on a terminal, plain lines on stderr otherwise.</summary>
public abstract class JobProgress
{
    public abstract Task<T> RunAsync<T>(string jobId, string command, Func<Action<string>, Task<T>> poll);

    public static JobProgress For(CliEnvironment env) => env.IsTerminal ? new Spinner(env) : new Plain(env.Error);

    private sealed class Spinner(CliEnvironment env) : JobProgress
    {
        public override Task<T> RunAsync<T>(string jobId, string command, Func<Action<string>, Task<T>> poll) =>
            env.Console.Status().Spinner(Spectre.Console.Spinner.Known.Dots).StartAsync(
                $"{Markup.Escape(command)}: job {jobId}",
                status => poll(text => status.Status(Markup.Escape($"{command}: job {jobId} {text}"))));
    }

    private sealed class Plain(TextWriter error) : JobProgress
    {
        public override async Task<T> RunAsync<T>(string jobId, string command, Func<Action<string>, Task<T>> poll)
        {
            await error.WriteLineAsync($"{command}: waiting for job {jobId}");
            return await poll(_ => { });
        }
    }
}
