namespace SharpStack.Api.Responses;

/// <summary>What a command answers; the writer turns it into the upstream envelope.</summary>
public abstract record ApiResult
{
    /// <summary>{"xresponse": {"objectname": {...}}}</summary>
    public sealed record Single(ApiObject Value) : ApiResult;

    /// <summary>{"xresponse": {"count": N, "objectname": [...]}}, or {"xresponse": {}} when empty.</summary>
    public sealed record Many(IReadOnlyList<ApiObject> Items, int Total) : ApiResult;

    /// <summary>{"xresponse": {"success": true}}</summary>
    public sealed record Success(string? DisplayText = null) : ApiResult;

    /// <summary>Fields straight under the response name (login, queryAsyncJobResult, async submission).</summary>
    public sealed record Inline(ApiObject Fields) : ApiResult;

    public static ApiResult Of(ApiObject value) => new Single(value);

    public static ApiResult List(IReadOnlyList<ApiObject> items, int total) => new Many(items, total);
}
