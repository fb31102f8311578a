using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Core.Infrastructure;
using SharpStack.Core.Offerings;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Offerings;

[ApiCommand("listServiceOfferings")]
public sealed class ListServiceOfferings(SettingsService settings) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var isSystem = p.Flag("issystem");
        if (isSystem && !ctx.Caller.IsRootAdmin)
        {
            throw CloudException.PermissionDenied("Only the root admin can list system offerings");
        }
        var query = ctx.Db.ServiceOfferings.AsNoTracking().Where(o => o.Removed == null && o.IsSystem == isSystem);
        if (p.Entity<ServiceOffering>("id") is { } byId)
        {
            query = query.Where(o => o.Id == byId.Id);
        }
        if (p.String("name") is { } name)
        {
            query = query.Where(o => o.Name == name);
        }
        if (p.String("systemvmtype") is { } type)
        {
            query = query.Where(o => o.SystemVmType == type.ToLower());
        }
        if (p.Int("cpunumber") is { } cpu)
        {
            query = query.Where(o => o.CpuNumber == null || o.CpuNumber >= cpu);
        }
        if (p.Int("memory") is { } memory)
        {
            query = query.Where(o => o.Memory == null || o.Memory >= memory);
        }
        if (p.Int("cpuspeed") is { } speed)
        {
            query = query.Where(o => o.CpuSpeed == null || o.CpuSpeed >= speed);
        }
        if (p.String("storagetype") is { } storage)
        {
            query = query.Where(o => o.StorageType == storage.ToLower());
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
            o => OfferingResponses.ServiceAsync(ctx.Db, o, ctx.Cancellation));
    }
}
