using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Binding;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Identity;
using SharpStack.Core.Projects;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Projects;

/// <summary>
/// Invitations: an invitee sees those addressed to its account or user, a project's members and
/// admins over its domain those of the project. Expired ones are marked so first.
/// </summary>
[ApiCommand("listProjectInvitations")]
public sealed class ListProjectInvitations(SettingsService settings) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        await ProjectMembership.ExpireAsync(ctx.Db, settings, ctx.Now, ctx.Cancellation);
        var query = ctx.Db.VisibleInvitations(ctx.Caller).AsNoTracking();
        if (p.Entity<ProjectInvitation>("id") is { } byId)
        {
            query = query.Where(i => i.Id == byId.Id);
        }
        if (p.Entity<Project>("projectid") is { } project)
        {
            query = query.Where(i => i.ProjectId == project.Id);
        }
        else if (ctx.Caller.IsNormalUser || !p.Flag("listall"))
        {
            // Without a project the caller sees the invitations addressed to it.
            var accountId = ctx.Caller.Account.Id;
            var userId = ctx.Caller.User.Id;
            query = query.Where(i => (i.AccountId == accountId && i.UserId == null) || i.UserId == userId);
        }
        if (p.Entity<User>("userid") is { } user)
        {
            query = query.Where(i => i.UserId == user.Id);
        }
        if (p.String("account") is { } accountName)
        {
            query = query.Where(i => ctx.Db.Accounts.Any(a => a.Id == i.AccountId && a.Name == accountName));
        }
        if (p.Entity<Domain>("domainid") is { } domain)
        {
            query = query.Where(i => i.DomainId == domain.Id);
        }
        if (p.String("state") is { } stateText)
        {
            var state = EnumParameters.Parse<ProjectInvitationState>(stateText, "state");
            query = query.Where(i => i.State == state);
        }
        if (p.Flag("activeonly"))
        {
            query = query.Where(i => i.State == ProjectInvitationState.Pending);
        }
        var paging = await Paging.FromAsync(p, settings, ctx.Cancellation);
        var (page, total) = await paging.FetchAsync(query.OrderBy(i => i.Id), ctx.Cancellation);
        return ApiResult.List(await MemberResponses.InvitationsAsync(ctx.Db, page, ctx.Cancellation), total);
    }
}
