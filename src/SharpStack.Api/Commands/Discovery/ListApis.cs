using SharpStack.Api.Access;
using SharpStack.Api.Catalog;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;

namespace SharpStack.Api.Commands.Discovery;

/// <summary>
/// The implemented commands the caller's role may call, each with its parameters and response
/// fields (CloudMonkey's sync needs every entry complete).
/// </summary>
[ApiCommand("listApis")]
public sealed class ListApis(CommandRegistry registry, ApiCatalog catalog, RolePermissionChecker roles) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var allowed = new List<CommandInfo>();
        foreach (var registration in registry.All.OrderBy(r => r.Info.Name, StringComparer.Ordinal))
        {
            if (await roles.IsAllowedAsync(ctx.Caller.Role, registration.Info, ctx.Cancellation))
            {
                allowed.Add(registration.Info);
            }
        }
        if (ctx.Params.String("name") is { } name)
        {
            allowed = allowed.Where(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase)).ToList();
            if (allowed.Count == 0)
            {
                throw CloudException.InvalidParameter($"Unable to find API {name}, or it is not available to the caller");
            }
        }
        var byResponseClass = allowed.Where(c => c.ResponseClass is not null).ToLookup(c => c.ResponseClass!);
        var items = allowed.Select(c => Describe(c, byResponseClass, ctx.Caller)).ToList();
        return ApiResult.List(items, items.Count);
    }

    private ApiObject Describe(CommandInfo command, ILookup<string, CommandInfo> byResponseClass, Caller caller)
    {
        var related = command.ResponseClass is null
            ? ""
            : string.Join(',', byResponseClass[command.ResponseClass].Where(c => c.Name != command.Name).Select(c => c.Name));
        var parameters = command.Params
            .Where(p => p.Exposed && (p.OnlyInVariant is null || caller.IsRootAdmin))
            .Select(p => new ApiObject
            {
                { "name", p.Key },
                { "description", p.Description },
                { "type", p.Type.ToString().ToLowerInvariant() },
                { "length", p.Length },
                { "required", p.Required },
                { "since", p.Since },
                { "related", p.Entity is null ? null : string.Join(',', RelatedListCommands(p, byResponseClass)) },
            }).ToList();
        return new ApiObject
        {
            { "name", command.Name },
            { "description", command.Description },
            // CloudMonkey's sync expects every entry to carry these, even when empty.
            { "since", command.Since ?? "" },
            { "isasync", command.IsAsync },
            { "related", related },
            { "params", parameters },
            { "response", ResponseFields(command.ResponseClass, depth: 0) },
        };
    }

    private static IEnumerable<string> RelatedListCommands(ParamInfo p, ILookup<string, CommandInfo> byResponseClass) =>
        byResponseClass.Where(g => p.Entity is not null && g.Key == p.Entity + "Response")
            .SelectMany(g => g).Where(c => c.ListResponse).Select(c => c.Name);

    private List<ApiObject> ResponseFields(string? responseClass, int depth) =>
        catalog.ResponseFields(responseClass)
            .Where(f => f.Name is not ("jobid" or "jobstatus") || depth == 0)
            .Select(f =>
            {
                var field = new ApiObject
                {
                    { "name", f.Name },
                    { "description", f.Description ?? "" },
                    { "type", JsonType(f.Type) },
                };
                if (f.Nested is not null && depth < 2)
                {
                    field.Add("response", ResponseFields(f.Nested, depth + 1));
                }
                return field;
            }).ToList();

    private static string JsonType(string javaType)
    {
        var t = javaType.ToLowerInvariant();
        return t switch
        {
            "string" => "string",
            "integer" or "int" or "long" or "short" => "long",
            "boolean" => "boolean",
            "date" => "date",
            "double" or "float" => "double",
            _ when t.StartsWith("list", StringComparison.Ordinal) || t.StartsWith("set", StringComparison.Ordinal) => "list",
            _ when t.StartsWith("map", StringComparison.Ordinal) => "map",
            _ => "object",
        };
    }
}
