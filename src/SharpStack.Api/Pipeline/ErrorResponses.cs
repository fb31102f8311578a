using SharpStack.Api.Responses;
using SharpStack.Core.Errors;

namespace SharpStack.Api.Pipeline;

/// <summary>Upstream's error body: {"xresponse": {"uuidList": [], "errorcode": N, "cserrorcode": M, "errortext": "..."}}.</summary>
public static class ErrorResponses
{
    public const string ErrorResponseName = "errorresponse";
    public const string MaskedInternalError = "Internal error executing command, please contact your system administrator";

    public static ApiObject Body(ApiErrorCode code, int csErrorCode, string text) => new()
    {
        { "uuidList", Array.Empty<ApiObject>() },
        { "errorcode", (int)code },
        { "cserrorcode", csErrorCode },
        { "errortext", text },
    };

    /// <summary>The jobresult of a failed job: {"errorcode": N, "errortext": "..."}.</summary>
    public static ApiObject JobFailure(ApiErrorCode code, string text) => new()
    {
        { "errorcode", (int)code },
        { "errortext", text },
    };
}
