using System.CommandLine;
using SharpStack.Cli.Api;
using SharpStack.Cli.Invocation;
using SharpStack.Cli.Zones;
using SharpStack.Contract.Zones;

namespace SharpStack.Cli.Commands;

/// <summary>`sharpstack zone apply FILE`: the declarative zone file (docs/examples/zone.yaml), applied through the API.</summary>
public static class ZoneCommand
{
    public static Command Create(CliEnvironment env, GlobalOptions options)
    {
        var zone = new Command("zone", "Administer zones declaratively");
        var file = new Argument<FileInfo>("file") { Description = "A zone file (YAML), as docs/examples/zone.yaml" };
        var apply = new Command("apply", "Create what the zone file names and the cloud lacks; what exists is left as it is") { file };
        apply.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                throw new CliException($"No such file: {path.FullName}", ExitCodes.Usage);
            }
            ZoneFile spec;
            try
            {
                spec = ZoneFile.Parse(await File.ReadAllTextAsync(path.FullName, ct));
            }
            catch (YamlDotNet.Core.YamlException e)
            {
                throw new CliException($"{path.Name}: {e.Message}", ExitCodes.Usage);
            }
            var session = CliSession.Open(env, parse.GetValue(options.Profile));
            await using var api = await CloudApi.ConnectAsync(session.Profile, ct);
            var zoneApi = new ZoneApi(api, env, options.RunOptions(parse) with { NoWait = false }, ct);
            await new ZoneApplier(zoneApi).ApplyAsync(spec);
            await env.Output.WriteLineAsync($"Zone '{spec.Zone.Name}': {zoneApi.Changes} change(s), {zoneApi.Existing} item(s) already there");
            return ExitCodes.Ok;
        });
        zone.Add(apply);
        return zone;
    }
}
