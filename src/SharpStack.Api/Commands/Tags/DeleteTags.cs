using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Tags;

/// <summary>Removes tags from resources: all of them, or those whose key (and value, when given) match tags[n].</summary>
[ApiCommand("deleteTags")]
public sealed class DeleteTags : IAsyncApiCommand
{
    public string EventType => EventTypes.TagsDelete;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        await ResourcesAsync(ctx);
        return new JobTarget("None", null, null);
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var (type, ids) = await ResourcesAsync(ctx);
        var tags = await ctx.Db.ResourceTags.Where(t => t.ResourceType == type && ids.Contains(t.ResourceId)).ToListAsync(ctx.Cancellation);
        var filters = ctx.Params.Map("tags");
        var removed = tags.Where(t => filters.Count == 0 || filters.Any(f =>
            f.GetValueOrDefault("key") == t.Key && (f.GetValueOrDefault("value") is not { } value || value == t.Value))).ToList();
        if (filters.Count > 0 && removed.Count == 0)
        {
            throw CloudException.InvalidParameter("No tag of the given resources matches tags");
        }
        ctx.Db.ResourceTags.RemoveRange(removed);
        ctx.Event(EventTypes.TagsDelete, $"Removed {removed.Count} tag(s) from {ids.Count} {type} resource(s)");
        return new ApiResult.Success();
    }

    private static async Task<(string Type, List<long> Ids)> ResourcesAsync(CommandContext ctx)
    {
        var type = TaggableResources.Canonical(ctx.Params.String("resourcetype")!);
        var ids = new List<long>();
        foreach (var id in ctx.Params.StringList("resourceids").Distinct(StringComparer.OrdinalIgnoreCase))
        {
            ids.Add((await TaggableResources.FindAsync(ctx.Db, ctx.Caller, type, id, ctx.Cancellation)).Id);
        }
        return ids.Count > 0 ? (type, ids) : throw CloudException.InvalidParameter("resourceids is required");
    }
}
