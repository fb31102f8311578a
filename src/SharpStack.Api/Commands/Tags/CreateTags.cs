using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Tags;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Tags;

/// <summary>Tags resources: every key of tags[n] on every resource of resourceids; a key a resource already has is refused, as upstream.</summary>
[ApiCommand("createTags")]
public sealed class CreateTags : IAsyncApiCommand
{
    public string EventType => EventTypes.TagsCreate;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        await CheckAsync(ctx);
        return new JobTarget("None", null, null);
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var (type, resources, pairs) = await CheckAsync(ctx);
        foreach (var resource in resources)
        {
            foreach (var (key, value) in pairs)
            {
                ctx.Db.ResourceTags.Add(new ResourceTag
                {
                    Key = key,
                    Value = value,
                    ResourceType = type,
                    ResourceId = resource.Id,
                    ResourceUuid = resource.Uuid,
                    AccountId = resource.AccountId,
                    DomainId = resource.DomainId,
                    Customer = ctx.Params.String("customer"),
                });
            }
        }
        ctx.Event(EventTypes.TagsCreate, $"Tagged {resources.Count} {type} resource(s) with {string.Join(", ", pairs.Select(p => p.Key))}");
        return new ApiResult.Success();
    }

    private static async Task<(string Type, List<TaggableResources.Found> Resources, List<(string Key, string Value)> Pairs)> CheckAsync(CommandContext ctx)
    {
        var type = TaggableResources.Canonical(ctx.Params.String("resourcetype")!);
        var pairs = new List<(string, string)>();
        foreach (var entry in ctx.Params.Map("tags"))
        {
            var key = entry.GetValueOrDefault("key");
            var value = entry.GetValueOrDefault("value");
            if (string.IsNullOrWhiteSpace(key) || value is null)
            {
                throw CloudException.InvalidParameter("Each tags[n] needs a key and a value");
            }
            pairs.Add((key, value));
        }
        if (pairs.Count == 0 || pairs.Select(p => p.Item1).Distinct(StringComparer.Ordinal).Count() != pairs.Count)
        {
            throw CloudException.InvalidParameter("tags must name at least one key, each key once");
        }
        var resources = new List<TaggableResources.Found>();
        foreach (var id in ctx.Params.StringList("resourceids").Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var resource = await TaggableResources.FindAsync(ctx.Db, ctx.Caller, type, id, ctx.Cancellation);
            var keys = pairs.Select(p => p.Item1).ToList();
            if (await ctx.Db.ResourceTags.AnyAsync(t => t.ResourceType == type && t.ResourceId == resource.Id && keys.Contains(t.Key), ctx.Cancellation))
            {
                throw CloudException.InvalidParameter($"{type} {id} already has a tag with one of the keys {string.Join(", ", keys)}");
            }
            resources.Add(resource);
        }
        return resources.Count > 0 ? (type, resources, pairs) : throw CloudException.InvalidParameter("resourceids is required");
    }
}
