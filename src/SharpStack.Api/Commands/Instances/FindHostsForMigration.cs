using SharpStack.Api.Commands.Infrastructure.Hosts;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Compute;
using SharpStack.Core.Errors;
using SharpStack.Orchestration.Compute;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Instances;

/// <summary>The hosts a running instance could live-migrate to, with whether each has room for it.</summary>
[ApiCommand("findHostsForMigration")]
public sealed class FindHostsForMigration(MigrationTargets targets, SettingsService settings) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var vm = ctx.Params.RequiredEntity<VirtualMachine>("virtualmachineid");
        if (vm.State != VmState.Running)
        {
            throw CloudException.InvalidParameter($"Instance {vm.DisplayName} is {vm.State}: only a running instance can be migrated live");
        }
        var candidates = await targets.CandidatesAsync(ctx.Db, vm, ctx.Cancellation);
        if (ctx.Params.String("keyword") is { } keyword)
        {
            candidates = candidates.Where(c => c.Host.Name.Contains(keyword, StringComparison.OrdinalIgnoreCase)).ToList();
        }
        var paging = await Paging.FromAsync(ctx.Params, settings, ctx.Cancellation);
        var page = paging.Apply(candidates).ToList();
        var responses = await HostResponses.ToResponsesAsync(ctx.Db, settings, page.Select(c => c.Host).ToList(), ctx.Cancellation);
        for (var i = 0; i < page.Count; i++)
        {
            responses[i].Add("suitableformigration", page[i].HasCapacity);
            responses[i].Add("hasenoughcapacity", page[i].HasCapacity);
            responses[i].Add("requiresStorageMotion", false);
        }
        return ApiResult.List(responses, candidates.Count);
    }
}
