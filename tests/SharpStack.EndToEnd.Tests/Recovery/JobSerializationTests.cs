using Microsoft.Data.Sqlite;
using SharpStack.EndToEnd.Tests.TestKit;

namespace SharpStack.EndToEnd.Tests.Recovery;

/// <summary>Jobs on one resource never overlap in time; jobs on different resources may.</summary>
public sealed class JobSerializationTests(SqliteServerFixture fixture) : IClassFixture<SqliteServerFixture>
{
    [Fact]
    public async Task Jobs_with_the_same_sync_key_run_one_after_another()
    {
        var (account, _) = await Tenants.CreateAccountAsync(fixture.Server, fixture.Admin, Tenants.Unique("serial"));
        var jobIds = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            jobIds.Add((await fixture.Admin.CallAsync("disableAccount", ("id", account.Id()), ("lock", i % 2 == 0 ? "true" : "false"))).EnsureOk().Str("jobid"));
        }
        foreach (var id in jobIds)
        {
            Assert.Equal(1, (await fixture.Admin.WaitForJobAsync(id))["jobstatus"].GetInt32());
        }
        var intervals = new List<(DateTime Start, DateTime End)>();
        await using (var db = new SqliteConnection(fixture.Server.ConnectionString + ";Mode=ReadOnly"))
        {
            await db.OpenAsync();
            await using var query = db.CreateCommand();
            query.CommandText = "SELECT \"Started\", \"Completed\", \"SyncKey\" FROM async_jobs WHERE \"SyncKey\" = $key ORDER BY \"Started\"";
            query.Parameters.AddWithValue("$key", "Account:" + account.Id());
            await using var reader = await query.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                intervals.Add((DateTime.Parse(reader.GetString(0), System.Globalization.CultureInfo.InvariantCulture),
                               DateTime.Parse(reader.GetString(1), System.Globalization.CultureInfo.InvariantCulture)));
            }
        }
        Assert.Equal(12, intervals.Count);
        for (var i = 1; i < intervals.Count; i++)
        {
            Assert.True(intervals[i].Start >= intervals[i - 1].End, $"job {i} started at {intervals[i].Start:O} before job {i - 1} ended at {intervals[i - 1].End:O}");
        }
    }
}
