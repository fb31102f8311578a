using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Identity;
using SharpStack.Api.Pipeline;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Core.Images;
using SharpStack.Data;

namespace SharpStack.Api.Commands.Templates;

/// <summary>Who may change, use or name a template or ISO, and which commands take which kind.</summary>
internal static class TemplateAccess
{
    /// <summary>The template commands refuse ISOs and the ISO commands refuse templates, as upstream does.</summary>
    public static void EnsureKind(VmTemplate template, bool iso)
    {
        if (iso && !template.IsIso)
        {
            throw CloudException.InvalidParameter("Please specify a valid ISO.");
        }
        if (!iso && template.IsIso)
        {
            throw CloudException.InvalidParameter("Please specify a valid Template.");
        }
    }

    /// <summary>The owner, when the caller may change the template: the owner itself or an admin above it (531 otherwise).</summary>
    public static async Task<Account> EnsureCanManageAsync(CommandContext ctx, VmTemplate template)
    {
        var owner = await ctx.Db.Accounts.AsNoTracking().Include(a => a.Domain).FirstAsync(a => a.Id == template.AccountId, ctx.Cancellation);
        IdentityService.EnsureCanManage(ctx.Caller, owner);
        return owner;
    }

    /// <summary>Whether the account may launch from (or attach) the template: public, its own, or shared with it.</summary>
    public static async Task<bool> UsableByAsync(CloudDbContext db, VmTemplate template, Account account, CancellationToken ct) =>
        template.IsPublic || template.IsFeatured || template.AccountId == account.Id ||
        await db.TemplatePermissions.AnyAsync(p => p.TemplateId == template.Id && p.AccountId == account.Id, ct);

    /// <summary>Upstream's name for the kind in messages.</summary>
    public static string Kind(VmTemplate template) => template.IsIso ? "ISO" : "Template";
}
