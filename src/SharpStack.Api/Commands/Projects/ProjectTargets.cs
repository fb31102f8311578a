using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Access;
using SharpStack.Api.Pipeline;
using SharpStack.Core.Projects;

namespace SharpStack.Api.Commands.Projects;

/// <summary>The project a management command names (tracked, for changes), after checking the caller administers it.</summary>
internal static class ProjectTargets
{
    public static async Task<Project> AdministeredAsync(CommandContext ctx, string parameter = "projectid")
    {
        var named = ctx.Params.RequiredEntity<Project>(parameter);
        await ProjectAccess.EnsureAdminAsync(ctx.Db, ctx.Caller, named, ctx.Cancellation);
        return await ctx.Db.Projects.FirstAsync(p => p.Id == named.Id, ctx.Cancellation);
    }

    public static JobTarget Job(Project project) => JobTarget.For("Project", project.Uuid);
}
