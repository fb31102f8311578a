using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Images;

namespace SharpStack.Api.Commands.Templates;

/// <summary>
/// Upstream's template and ISO permissions: the public, featured and extractable flags, and the
/// accounts of the owner's domain a private template or ISO is shared with (launch permissions).
/// </summary>
internal static class TemplatePermissionRules
{
    public static async Task<ApiResult> UpdateAsync(CommandContext ctx, bool iso, Orchestration.Settings.SettingsService settings)
    {
        var p = ctx.Params;
        var found = p.RequiredEntity<VmTemplate>("id");
        var template = await ctx.Db.VmTemplates.FirstAsync(t => t.Id == found.Id, ctx.Cancellation);
        TemplateAccess.EnsureKind(template, iso);
        var owner = await TemplateAccess.EnsureCanManageAsync(ctx, template);
        var op = p.String("op")?.ToLowerInvariant();
        // A project is shared with through its account.
        var projectAccounts = p.EntityList<Core.Projects.Project>("projectids").Select(x => x.ProjectAccountId).ToList();
        var projectNames = await ctx.Db.Accounts.AsNoTracking().Where(a => projectAccounts.Contains(a.Id)).Select(a => a.Name).ToListAsync(ctx.Cancellation);
        IReadOnlyList<string>? names = p.Has("accounts") || projectNames.Count > 0 ? [.. p.StringList("accounts"), .. projectNames] : null;
        if ((op is not null || names is not null) && op is not ("add" or "remove" or "reset"))
        {
            throw CloudException.InvalidParameter(
                $"Invalid operation on Accounts, the operation must be either 'add' or 'remove' in order to modify launch permissions.  Given operation is: '{p.String("op")}'");
        }
        if (op is "add" or "remove" && (names is null || names.Count == 0))
        {
            throw CloudException.InvalidParameter($"Operation {op} requires Accounts or projectIds to be passed in");
        }
        if (p.Has("isfeatured") && !ctx.Caller.IsRootAdmin)
        {
            throw CloudException.PermissionDenied($"Only a root admin may change whether a {TemplateAccess.Kind(template).ToLowerInvariant()} is featured");
        }
        // Upstream: only the root admin decides whether a template (not an ISO) may be extracted.
        if (p.Has("isextractable") && !iso && !ctx.Caller.IsRootAdmin)
        {
            throw CloudException.PermissionDenied("Only a root admin may change whether a template is extractable");
        }
        await TemplateRegistration.EnsurePublicAllowedAsync(ctx, settings, p.Bool("ispublic") == true && !template.IsPublic);

        template.IsPublic = p.Bool("ispublic") ?? template.IsPublic;
        template.IsFeatured = p.Bool("isfeatured") ?? template.IsFeatured;
        template.IsExtractable = p.Bool("isextractable") ?? template.IsExtractable;

        // Sharing is within the owner's domain: the names are accounts there.
        var domain = owner.Domain!;
        switch (op)
        {
            case "add":
                var granted = await ctx.Db.TemplatePermissions.Where(x => x.TemplateId == template.Id).Select(x => x.AccountId).ToListAsync(ctx.Cancellation);
                foreach (var name in names!.Distinct(StringComparer.Ordinal))
                {
                    var account = await ctx.Db.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.DomainId == domain.Id && a.Name == name && a.Removed == null, ctx.Cancellation)
                                  ?? throw CloudException.InvalidParameter(
                                      $"Unable to grant a launch permission to Account {name} in domain id={domain.Uuid}, Account not found.  No permissions updated, please verify the Account names and retry.");
                    if (account.Id == owner.Id || granted.Contains(account.Id))
                    {
                        continue; // the owner may launch it anyway
                    }
                    ctx.Db.TemplatePermissions.Add(new TemplatePermission { TemplateId = template.Id, AccountId = account.Id });
                    granted.Add(account.Id);
                }
                break;
            case "remove":
                var ids = ctx.Db.Accounts.Where(a => a.DomainId == domain.Id && names!.Contains(a.Name)).Select(a => a.Id);
                ctx.Db.TemplatePermissions.RemoveRange(await ctx.Db.TemplatePermissions.Where(x => x.TemplateId == template.Id && ids.Contains(x.AccountId)).ToListAsync(ctx.Cancellation));
                break;
            case "reset":
                template.IsPublic = false;
                template.IsFeatured = false;
                ctx.Db.TemplatePermissions.RemoveRange(await ctx.Db.TemplatePermissions.Where(x => x.TemplateId == template.Id).ToListAsync(ctx.Cancellation));
                break;
        }
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        return new ApiResult.Success();
    }

    /// <summary>Whether it is public, and the accounts that may launch it (the owner too while it is private).</summary>
    public static async Task<ApiResult> ListAsync(CommandContext ctx, bool iso)
    {
        var template = ctx.Params.RequiredEntity<VmTemplate>("id");
        TemplateAccess.EnsureKind(template, iso);
        var granted = await (from x in ctx.Db.TemplatePermissions.AsNoTracking()
                             join a in ctx.Db.Accounts.AsNoTracking() on x.AccountId equals a.Id
                             where x.TemplateId == template.Id && a.Removed == null
                             orderby x.Id
                             select new { a.Name, Project = ctx.Db.Projects.Where(pr => pr.ProjectAccountId == a.Id).Select(pr => (Guid?)pr.Uuid).FirstOrDefault() })
            .ToListAsync(ctx.Cancellation);
        var names = granted.Where(g => g.Project is null).Select(g => g.Name).ToList();
        var projects = granted.Where(g => g.Project is not null).Select(g => g.Project!.Value.ToString()).ToList();
        var owner = await ctx.Db.Accounts.AsNoTracking().Include(a => a.Domain).FirstAsync(a => a.Id == template.AccountId, ctx.Cancellation);
        if (!template.IsPublic)
        {
            names.Add(owner.Name);
        }
        var o = new ApiObject
        {
            { "id", template.Uuid },
            { "ispublic", template.IsPublic },
        };
        if (ctx.Caller.IsRootAdmin)
        {
            o.Add("domainid", owner.Domain?.Uuid);
        }
        if (names.Count > 0)
        {
            o.Add("account", names);
        }
        if (projects.Count > 0)
        {
            o.Add("projectids", projects);
        }
        return ApiResult.Of(o);
    }
}

[ApiCommand("updateTemplatePermissions")]
public sealed class UpdateTemplatePermissions(Orchestration.Settings.SettingsService settings) : IApiCommand
{
    public Task<ApiResult> ExecuteAsync(CommandContext ctx) => TemplatePermissionRules.UpdateAsync(ctx, iso: false, settings);
}

[ApiCommand("listTemplatePermissions")]
public sealed class ListTemplatePermissions : IApiCommand
{
    public Task<ApiResult> ExecuteAsync(CommandContext ctx) => TemplatePermissionRules.ListAsync(ctx, iso: false);
}

[ApiCommand("updateIsoPermissions")]
public sealed class UpdateIsoPermissions(Orchestration.Settings.SettingsService settings) : IApiCommand
{
    public Task<ApiResult> ExecuteAsync(CommandContext ctx) => TemplatePermissionRules.UpdateAsync(ctx, iso: true, settings);
}

[ApiCommand("listIsoPermissions")]
public sealed class ListIsoPermissions : IApiCommand
{
    public Task<ApiResult> ExecuteAsync(CommandContext ctx) => TemplatePermissionRules.ListAsync(ctx, iso: true);
}
