using Microsoft.Data.Sqlite;
using SharpStack.EndToEnd.Tests.TestKit;

namespace SharpStack.EndToEnd.Tests.Recovery;

/// <summary>Jobs on one resource never overlap in time; jobs on different resources may.</summary>
public abstract class JobSerializationTests(ServerFixture fixture)
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
        await using (var db = fixture.Server.IsPostgres
                         ? (System.Data.Common.DbConnection)new Npgsql.NpgsqlConnection(fixture.Server.ConnectionString)
                         : new SqliteConnection(fixture.Server.ConnectionString + ";Mode=ReadOnly"))
        {
            await db.OpenAsync();
            await using var query = db.CreateCommand();
            query.CommandText = "SELECT \"Started\", \"Completed\" FROM async_jobs WHERE \"SyncKey\" = @key ORDER BY \"Started\"";
            var key = query.CreateParameter();
            key.ParameterName = "@key";
            key.Value = "Account:" + account.Id();
            query.Parameters.Add(key);
            await using var reader = await query.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                intervals.Add((Convert.ToDateTime(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture),
                               Convert.ToDateTime(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture)));
            }
        }
        Assert.Equal(12, intervals.Count);
        for (var i = 1; i < intervals.Count; i++)
        {
            Assert.True(intervals[i].Start >= intervals[i - 1].End, $"job {i} started at {intervals[i].Start:O} before job {i - 1} ended at {intervals[i - 1].End:O}");
        }
    }
}

public sealed class SqliteJobSerializationTests(SqliteServerFixture fixture) : JobSerializationTests(fixture), IClassFixture<SqliteServerFixture>;

[Collection("postgres")]
public sealed class PostgresJobSerializationTests(PostgresServerFixture fixture) : JobSerializationTests(fixture), IClassFixture<PostgresServerFixture>;
