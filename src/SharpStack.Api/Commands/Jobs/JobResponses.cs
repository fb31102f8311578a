using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Responses;
using SharpStack.Core.Jobs;
using SharpStack.Data;
using SharpStack.Api.Catalog;

namespace SharpStack.Api.Commands.Jobs;

internal static class JobResponses
{
    public static async Task<List<ApiObject>> ToResponsesAsync(CloudDbContext db, IReadOnlyList<AsyncJob> jobs, ApiCatalog catalog, CancellationToken ct)
    {
        var userIds = jobs.Select(j => j.UserId).Distinct().ToList();
        var accountIds = jobs.Select(j => j.AccountId).Distinct().ToList();
        var serverIds = jobs.Where(j => j.ManagementServerId != null).Select(j => j.ManagementServerId!.Value).Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Uuid, ct);
        var accounts = await db.Accounts.AsNoTracking().Include(a => a.Domain).Where(a => accountIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        var servers = await db.ManagementServers.AsNoTracking().Where(m => serverIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, ct);
        return jobs.Select(job =>
        {
            var account = accounts.GetValueOrDefault(job.AccountId);
            var server = job.ManagementServerId is { } ms ? servers.GetValueOrDefault(ms) : null;
            var done = job.Phase == JobPhase.Done;
            return new ApiObject
            {
                { "accountid", account?.Uuid },
                { "account", account?.Name },
                { "domainid", account?.Domain?.Uuid },
                { "domainpath", account?.Domain is { } d ? IdentityResponses.DisplayPath(d) : null },
                { "userid", users.TryGetValue(job.UserId, out var u) ? u : null },
                { "cmd", catalog.Find(job.Command)?.JavaClass ?? job.Command },
                { "jobstatus", (int)job.Status },
                { "jobprocstatus", job.ProcessStatus },
                { "jobresultcode", job.ResultCode },
                { "jobresulttype", done && job.Result is not null ? "object" : null },
                { "jobresult", done && job.Result is not null ? JsonDocument.Parse(job.Result).RootElement.Clone() : null },
                { "jobinstancetype", job.InstanceType },
                { "jobinstanceid", job.InstanceUuid },
                { "managementserverid", server?.Uuid },
                { "managementservername", server?.Name },
                { "created", job.Created },
                { "completed", job.Completed },
                { "jobid", job.Uuid },
            };
        }).ToList();
    }
}
