using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.GuestOs;

/// <summary>Removes a user-defined guest OS type; the built-in ones stay.</summary>
[ApiCommand("removeGuestOs")]
public sealed class RemoveGuestOs : IAsyncApiCommand
{
    public string EventType => EventTypes.GuestOsRemove;

    public Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var os = ctx.Params.RequiredEntity<Core.Compute.GuestOs>("id");
        Ensure(os);
        return Task.FromResult(JobTarget.For("GuestOs", os.Uuid));
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var found = ctx.Params.RequiredEntity<Core.Compute.GuestOs>("id");
        var os = await ctx.Db.GuestOs.FirstAsync(o => o.Id == found.Id, ctx.Cancellation);
        Ensure(os);
        os.Removed = ctx.Now;
        ctx.Event(EventTypes.GuestOsRemove, $"Successfully removed guest OS {os.DisplayName}", "GuestOs", os.Uuid, os.DisplayName);
        return new ApiResult.Success();
    }

    private static void Ensure(Core.Compute.GuestOs os)
    {
        if (!os.IsUserDefined)
        {
            throw CloudException.InvalidParameter($"The guest OS {os.DisplayName} is built in and cannot be removed");
        }
    }
}
