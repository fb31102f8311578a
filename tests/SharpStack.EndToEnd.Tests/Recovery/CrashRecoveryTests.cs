using Microsoft.Data.Sqlite;
using SharpStack.EndToEnd.Tests.TestKit;
using SharpStack.Orchestration.Jobs;

namespace SharpStack.EndToEnd.Tests.Recovery;

/// <summary>A server killed with SIGKILL in the middle of async jobs leaves none stuck in progress once it is back.</summary>
public sealed class CrashRecoveryTests : IDisposable
{
    private readonly string _dataDir = Directory.CreateTempSubdirectory("sharpstack-crash-").FullName;

    [Fact]
    public async Task Killing_the_server_mid_jobs_leaves_no_job_in_progress_after_restart()
    {
        var port = ServerProcess.FreePort();
        var jobIds = new List<string>();
        using (var first = await ServerProcess.StartAsync(_dataDir, port))
        {
            using var admin = new CloudClient(first.BaseUrl);
            (await admin.LoginAsync("admin", CloudServer.AdminPassword)).EnsureOk();
            var accounts = new List<string>();
            for (var i = 0; i < 15; i++)
            {
                var account = (await admin.CallAsync("createAccount", ("accounttype", "0"), ("username", $"crash{i}"), ("email", "c@x.test"),
                    ("firstname", "f"), ("lastname", "l"), ("password", "pw"))).EnsureOk()["account"];
                accounts.Add(account.Id());
            }
            foreach (var id in accounts)
            {
                jobIds.Add((await admin.CallAsync("disableAccount", ("id", id), ("lock", "false"))).EnsureOk().Str("jobid"));
                jobIds.Add((await admin.CallAsync("deleteAccount", ("id", id))).EnsureOk().Str("jobid"));
            }
            first.Kill();
        }

        // Make sure the interrupted-job path is exercised whatever the timing: a job the dead
        // server was running when it died.
        var orphan = Guid.NewGuid();
        await using (var db = new SqliteConnection($"Data Source={Path.Combine(_dataDir, "sharpstack.db")}"))
        {
            await db.OpenAsync();
            await using var insert = db.CreateCommand();
            insert.CommandText = """
                INSERT INTO async_jobs ("Uuid","UserId","AccountId","Command","Parameters","Phase","Status","ProcessStatus","ResultCode","ManagementServerId","Created","Started")
                SELECT $uuid, 2, 2, 'deleteAccount', '{}', 1, 0, 0, 0, Id, '2026-01-01 00:00:00', '2026-01-01 00:00:00' FROM management_servers LIMIT 1
                """;
            insert.Parameters.AddWithValue("$uuid", orphan.ToString().ToUpperInvariant());
            Assert.Equal(1, await insert.ExecuteNonQueryAsync());
        }
        jobIds.Add(orphan.ToString());

        using var second = await ServerProcess.StartAsync(_dataDir, port);
        using var client = new CloudClient(second.BaseUrl);
        (await client.LoginAsync("admin", CloudServer.AdminPassword)).EnsureOk();
        foreach (var jobId in jobIds)
        {
            var result = await client.WaitForJobAsync(jobId, timeoutSeconds: 30);
            Assert.NotEqual(0, result["jobstatus"].GetInt32());
        }
        var interrupted = await client.CallAsync("queryAsyncJobResult", ("jobid", orphan.ToString()));
        Assert.Equal(2, interrupted["jobstatus"].GetInt32());
        Assert.Equal(530, interrupted["jobresultcode"].GetInt32());
        Assert.Equal(ManagementServerRegistry.InterruptedMessage, interrupted["jobresult"].GetProperty("errortext").GetString());
        var pending = (await client.CallAsync("listAsyncJobs", ("listall", "true"))).EnsureOk().Items("asyncjobs");
        Assert.DoesNotContain(pending, j => j.GetProperty("jobstatus").GetInt32() == 0);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dataDir, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
