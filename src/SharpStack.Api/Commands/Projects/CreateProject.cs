using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Core.Projects;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Limits;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Projects;

/// <summary>
/// Creates a project with its hidden project account in the owner's domain; the owner (the caller,
/// or the account/user an admin names) becomes its admin.
/// </summary>
[ApiCommand("createProject")]
public sealed class CreateProject(SettingsService settings, ResourceLimiter limiter) : IAsyncApiCommand
{
    public string EventType => EventTypes.ProjectCreate;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        await CheckAsync(ctx);
        return new JobTarget("Project", null, null);
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var (owner, user) = await CheckAsync(ctx);
        var name = ctx.Params.String("name")!;
        var uuid = Guid.NewGuid();
        var account = new Account
        {
            Name = $"{ProjectOwnerFields.ProjectAccountPrefix}{name}-{uuid:N}",
            Type = AccountType.Project,
            DomainId = owner.DomainId,
            RoleId = await ctx.Db.Roles.Where(r => r.Type == RoleType.User && r.Removed == null).OrderByDescending(r => r.IsDefault).ThenBy(r => r.Id).Select(r => r.Id).FirstAsync(ctx.Cancellation),
            Created = ctx.Now,
        };
        ctx.Db.Accounts.Add(account);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        var project = new Project
        {
            Uuid = uuid,
            Name = name,
            DisplayText = ctx.Params.String("displaytext") ?? name,
            DomainId = owner.DomainId,
            ProjectAccountId = account.Id,
            Created = ctx.Now,
        };
        ctx.Db.Projects.Add(project);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        ProjectMembership.Add(ctx.Db, project, owner.Id, user?.Id, ProjectMemberRole.Admin, null, ctx.Now);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        ctx.Event(EventTypes.ProjectCreate, $"Successfully completed creating project {name}", "Project", project.Uuid, name);
        return ApiResult.Of(await ProjectResponses.ToResponseAsync(ctx.Db, limiter, project, ctx.Cancellation));
    }

    private async Task<(Account Owner, User? User)> CheckAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        if (ctx.Caller.IsNormalUser && !await settings.GetBoolAsync(SettingNames.AllowUserCreateProjects, ctx.Cancellation))
        {
            throw CloudException.PermissionDenied("Regular users are not permitted to create projects (allow.user.create.projects is false)");
        }
        var user = p.Entity<User>("userid");
        Account owner;
        if (p.Entity<Account>("accountid") is { } byId)
        {
            owner = byId;
        }
        else if (user is not null && p.String("account") is null)
        {
            owner = user.Account!;
        }
        else
        {
            owner = await OwnerResolver.ResolveAsync(ctx.Db, ctx.Caller, p, ctx.Cancellation);
        }
        if (owner.Type == AccountType.Project || !ctx.Caller.CanReach(owner, await ctx.Db.Domains.AsNoTracking().FirstAsync(d => d.Id == owner.DomainId, ctx.Cancellation)))
        {
            throw CloudException.PermissionDenied("The caller cannot create a project for the given owner");
        }
        if (user is not null && user.AccountId != owner.Id)
        {
            throw CloudException.InvalidParameter("The given user does not belong to the project's owner account");
        }
        var name = p.String("name")!;
        if (string.IsNullOrWhiteSpace(name))
        {
            throw CloudException.InvalidParameter("A project needs a name");
        }
        if (await ctx.Db.Projects.AnyAsync(x => x.DomainId == owner.DomainId && x.Name == name && x.Removed == null, ctx.Cancellation))
        {
            throw CloudException.InvalidParameter($"Project with name {name} already exists in the owner's domain");
        }
        return (owner, user);
    }
}
