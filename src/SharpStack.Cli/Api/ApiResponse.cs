using System.Text.Json;

namespace SharpStack.Cli.Api;

/// <summary>One answer of the API: the HTTP status and the JSON object under the response name.</summary>
public sealed record ApiResponse(int Status, string ResponseName, JsonElement Content)
{
    public bool IsError => Status != 200;

    public int ErrorCode => Content.TryGetProperty("errorcode", out var code) && code.TryGetInt32(out var value) ? value : Status;

    public string ErrorText => Content.TryGetProperty("errortext", out var text) ? text.GetString() ?? "" : "";

    /// <summary>An async command's submission: a job id and no job status yet (queryAsyncJobResult has both).</summary>
    public string? SubmittedJobId =>
        Content.ValueKind == JsonValueKind.Object && Content.TryGetProperty("jobid", out var id) && !Content.TryGetProperty("jobstatus", out _)
            ? id.GetString()
            : null;

    public ApiResponse EnsureOk(string command) =>
        IsError ? throw new CliException($"{command} failed: error {ErrorCode}: {ErrorText}", ExitCodes.ApiError) : this;
}
