using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Identity;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Images;
using SharpStack.Core.Infrastructure;
using SharpStack.Data;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Templates;

/// <summary>Deletes a template's copy in one zone, or every copy; the template is removed once no copy is left.</summary>
[ApiCommand("deleteTemplate")]
public sealed class DeleteTemplate : IAsyncApiCommand
{
    public string EventType => EventTypes.TemplateDelete;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var template = ctx.Params.RequiredEntity<VmTemplate>("id");
        await EnsureAsync(ctx, template);
        return JobTarget.For("Template", template.Uuid);
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var found = ctx.Params.RequiredEntity<VmTemplate>("id");
        var template = await ctx.Db.VmTemplates.FirstAsync(t => t.Id == found.Id, ctx.Cancellation);
        await EnsureAsync(ctx, template);
        var refs = ctx.Db.TemplateStoreRefs.Where(r => r.TemplateId == template.Id);
        if (ctx.Params.Entity<Zone>("zoneid") is { } zone)
        {
            refs = refs.Where(r => r.ZoneId == zone.Id);
            if (!await refs.AnyAsync(ctx.Cancellation))
            {
                throw CloudException.InvalidParameter($"Template {template.Name} has no copy in zone {zone.Name}");
            }
        }
        foreach (var r in await refs.ToListAsync(ctx.Cancellation))
        {
            DeleteFiles(r);
            ctx.Db.TemplateStoreRefs.Remove(r);
        }
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        if (!await ctx.Db.TemplateStoreRefs.AnyAsync(r => r.TemplateId == template.Id, ctx.Cancellation))
        {
            template.Removed = ctx.Now;
        }
        ctx.Event(EventTypes.TemplateDelete, $"Successfully deleted template {template.Name}", "VirtualMachineTemplate", template.Uuid, template.Name);
        return new ApiResult.Success();
    }

    private static async Task EnsureAsync(CommandContext ctx, VmTemplate template)
    {
        var owner = await ctx.Db.Accounts.AsNoTracking().Include(a => a.Domain).FirstAsync(a => a.Id == template.AccountId, ctx.Cancellation);
        IdentityService.EnsureCanManage(ctx.Caller, owner);
    }

    /// <summary>Removes the downloaded file (and any partial one) of a copy on a file image store.</summary>
    internal static void DeleteFiles(TemplateStoreRef r)
    {
        if (r.InstallPath is not { } path)
        {
            return;
        }
        foreach (var file in new[] { path, path + ".part" })
        {
            try
            {
                File.Delete(file);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }

    internal static Task RemoveForAccountAsync(CloudDbContext db, long accountId, DateTime now, CancellationToken ct) =>
        // The records go with the account; files on the image stores may stay behind for an operator to clean.
        db.VmTemplates.Where(t => t.AccountId == accountId && t.Removed == null).ExecuteUpdateAsync(s => s.SetProperty(t => t.Removed, now), ct);
}
