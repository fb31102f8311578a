using System.Text.Json;
using SharpStack.Cli.Api;

namespace SharpStack.Cli.Invocation;

/// <summary>Polls queryAsyncJobResult until a job ends: its result on success, the job's error code and text on failure.</summary>
public sealed class JobWaiter(CloudApi api, JobProgress progress, TimeSpan timeout)
{
    public async Task<JsonElement> WaitAsync(string command, string jobId, CancellationToken ct) =>
        await progress.RunAsync(jobId, command, async report =>
        {
            var started = DateTime.UtcNow;
            var delay = TimeSpan.FromMilliseconds(100);
            while (true)
            {
                var reply = (await api.CallAsync("queryAsyncJobResult", ct, ("jobid", jobId))).EnsureOk("queryAsyncJobResult");
                var status = reply.Content.GetProperty("jobstatus").GetInt32();
                var result = reply.Content.TryGetProperty("jobresult", out var r) ? r : default;
                if (status == 1)
                {
                    return result.ValueKind == JsonValueKind.Undefined ? reply.Content : result;
                }
                if (status == 2)
                {
                    var code = result.ValueKind == JsonValueKind.Object && result.TryGetProperty("errorcode", out var c) ? c.GetInt32() : 530;
                    var text = result.ValueKind == JsonValueKind.Object && result.TryGetProperty("errortext", out var t) ? t.GetString() : "the job failed";
                    throw new CliException($"{command} failed: job {jobId}: error {code}: {text}", ExitCodes.ApiError);
                }
                var elapsed = DateTime.UtcNow - started;
                if (elapsed > timeout)
                {
                    throw new CliException($"{command}: job {jobId} still running after {timeout.TotalSeconds:0}s; follow it with: sharpstack query asyncjobresult jobid={jobId}", ExitCodes.ApiError);
                }
                report($"running ({elapsed.TotalSeconds:0}s)");
                await Task.Delay(delay, ct);
                delay = TimeSpan.FromMilliseconds(Math.Min(1000, delay.TotalMilliseconds * 2));
            }
        });
}
