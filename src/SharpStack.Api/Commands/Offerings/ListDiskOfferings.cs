using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Identity;
using SharpStack.Core.Infrastructure;
using SharpStack.Core.Offerings;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Offerings;

[ApiCommand("listDiskOfferings")]
public sealed class ListDiskOfferings(SettingsService settings) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var query = ctx.Db.DiskOfferings.AsNoTracking().Where(o => o.Removed == null);
        if (!ctx.Caller.IsRootAdmin)
        {
            query = query.Where(o => o.DisplayOffering);
        }
        if (p.Entity<DiskOffering>("id") is { } byId)
        {
            query = query.Where(o => o.Id == byId.Id);
        }
        if (p.String("name") is { } name)
        {
            query = query.Where(o => o.Name == name);
        }
        if (p.String("storagetype") is { } storage)
        {
            query = query.Where(o => o.StorageType == storage.ToLower());
        }
        if (p.Bool("encrypt") is { } encrypt)
        {
            query = query.Where(o => o.Encrypt == encrypt);
        }
        var state = p.String("state") is { } stateText && !stateText.Equals("all", StringComparison.OrdinalIgnoreCase) ? OfferingParams.ParseState(stateText) : (OfferingState?)null;
        if (state is not null || p.String("state") is null)
        {
            var wanted = state ?? OfferingState.Active;
            query = query.Where(o => o.State == wanted);
        }
        if (p.String("keyword") is { } keyword)
        {
            query = query.Where(o => o.Name.Contains(keyword) || o.DisplayText.Contains(keyword));
        }
        return await OfferingScope.ListVisibleAsync(ctx, settings, query.OrderBy(o => o.Id), o => o.DomainIds, o => o.ZoneIds,
            o => OfferingResponses.DiskAsync(ctx.Db, o, ctx.Cancellation));
    }
}
