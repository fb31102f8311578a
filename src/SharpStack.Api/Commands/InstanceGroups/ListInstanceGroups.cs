using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Compute;
using SharpStack.Core.Errors;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.InstanceGroups;

[ApiCommand("listInstanceGroups")]
public sealed class ListInstanceGroups(SettingsService settings) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var byId = p.Entity<InstanceGroup>("id") is not null;
        var accountIds = OwnedLists.AccountIds(ctx.Db, ctx.Caller, p, byId);
        var query = ctx.Db.InstanceGroups.AsNoTracking().Where(g => accountIds.Contains(g.AccountId));
        if (p.Entity<InstanceGroup>("id") is { } one)
        {
            query = query.Where(g => g.Id == one.Id);
        }
        if (p.String("name") is { } name)
        {
            query = query.Where(g => g.Name == name);
        }
        if (p.String("keyword") is { } keyword)
        {
            query = query.Where(g => g.Name.Contains(keyword));
        }
        var paging = await Paging.FromAsync(p, settings, ctx.Cancellation);
        var (page, total) = await paging.FetchAsync(query.OrderBy(g => g.Id), ctx.Cancellation);
        return ApiResult.List(await InstanceGroupStore.ToResponsesAsync(ctx.Db, page, ctx.Cancellation), total);
    }
}
