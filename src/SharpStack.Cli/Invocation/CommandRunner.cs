using System.Text.Json;
using SharpStack.Cli.Api;
using SharpStack.Cli.Catalog;
using SharpStack.Cli.Output;

namespace SharpStack.Cli.Invocation;

/// <summary>
/// Calls one API command: checks the arguments against the catalog, sends it, waits for the job
/// of an async command (unless --async), and writes the result; API errors become exit code 1
/// with the error code and text.
/// </summary>
public static class CommandRunner
{
    public static async Task<int> RunAsync(CliSession session, string apiName, IEnumerable<string> words, RunOptions options, CancellationToken ct)
    {
        var args = CommandArguments.Parse(words);
        var command = session.Catalog?.Find(apiName);
        if (command is not null)
        {
            CommandArguments.Validate(command, args);
            apiName = command.Name;
        }
        else if (session.Catalog is not null)
        {
            throw new CliException($"Unknown API command '{apiName}'.{Suggestions.Hint(apiName, session.Catalog.Commands.Select(c => c.Name))} (run `sharpstack sync` if the server has new commands)", ExitCodes.Usage);
        }
        await using var api = await CloudApi.ConnectAsync(session.Profile, ct);
        var result = await ExecuteAsync(api, session.Env, apiName, args, options, ct);
        new ResultWriter(session.Env, options.Format, options.Filter).Write(result);
        return ExitCodes.Ok;
    }

    /// <summary>The command's result: the answer of a sync command, or the result of the finished job of an async one.</summary>
    public static async Task<JsonElement> ExecuteAsync(CloudApi api, CliEnvironment env, string apiName, IEnumerable<KeyValuePair<string, string>> args, RunOptions options, CancellationToken ct)
    {
        var reply = (await api.CallAsync(apiName, args, ct)).EnsureOk(apiName);
        if (reply.SubmittedJobId is { } jobId && !options.NoWait)
        {
            return await new JobWaiter(api, JobProgress.For(env), options.JobTimeout).WaitAsync(apiName, jobId, ct);
        }
        return reply.Content;
    }
}
