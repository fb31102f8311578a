using System.CommandLine;
using SharpStack.Cli.Api;
using SharpStack.Cli.Catalog;
using SharpStack.Cli.Invocation;

namespace SharpStack.Cli.Commands;

/// <summary>`sharpstack sync`: fetches listApis and caches the catalog of the profile in the config folder.</summary>
public static class SyncCommand
{
    public static Command Create(CliEnvironment env, GlobalOptions options)
    {
        var sync = new Command("sync", "Fetch the API catalog (listApis) for completion, validation and verb/noun commands");
        sync.SetAction(async (parse, ct) =>
        {
            var session = CliSession.Open(env, parse.GetValue(options.Profile));
            await using var api = await CloudApi.ConnectAsync(session.Profile, ct);
            var reply = (await api.CallAsync("listApis", [], ct)).EnsureOk("listApis");
            var catalog = ApiCatalog.FromListApis(reply.Content, env.Time.GetUtcNow());
            catalog.Save(env.Paths.CatalogFile(session.ProfileName));
            await env.Error.WriteLineAsync($"Synced {catalog.Commands.Count} APIs for profile '{session.ProfileName}' ({catalog.Verbs.Count()} verbs)");
            return ExitCodes.Ok;
        });
        return sync;
    }
}
