using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Identity;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Compute;
using SharpStack.Core.Errors;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.GuestOs;

/// <summary>Adds a user-defined guest OS type to a category.</summary>
[ApiCommand("addGuestOs")]
public sealed class AddGuestOs : IAsyncApiCommand
{
    public string EventType => EventTypes.GuestOsAdd;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var category = p.RequiredEntity<GuestOsCategory>("oscategoryid");
        var displayName = p.String("osdisplayname")!;
        IdentityService.ValidateName(displayName, "OS display name");
        if (await ctx.Db.GuestOs.AnyAsync(o => o.Removed == null && o.DisplayName == displayName && o.CategoryId == category.Id, ctx.Cancellation))
        {
            throw CloudException.InvalidParameter($"The guest OS {displayName} already exists in category {category.Name}");
        }
        var os = new Core.Compute.GuestOs
        {
            CategoryId = category.Id,
            DisplayName = displayName,
            Name = p.String("name"),
            IsUserDefined = true,
            ForDisplay = p.Bool("fordisplay") ?? true,
            Created = ctx.Now,
        };
        ctx.Db.GuestOs.Add(os);
        return new JobTarget("GuestOs", os.Uuid, $"GuestOs:{os.Uuid}", os.Uuid);
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var uuid = ctx.Job!.InstanceUuid!.Value;
        var os = await ctx.Db.GuestOs.AsNoTracking().FirstAsync(o => o.Uuid == uuid, ctx.Cancellation);
        ctx.Event(EventTypes.GuestOsAdd, $"Successfully added guest OS {os.DisplayName}", "GuestOs", os.Uuid, os.DisplayName);
        return ApiResult.Of((await GuestOsResponses.ToResponsesAsync(ctx.Db, [os], ctx.Cancellation))[0]);
    }
}
