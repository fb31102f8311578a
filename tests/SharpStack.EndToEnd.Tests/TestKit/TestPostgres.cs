using Npgsql;

namespace SharpStack.EndToEnd.Tests.TestKit;

/// <summary>
/// The PostgreSQL server the test command starts (scripts/test-postgres.sh); each test gets a
/// database of its own. SHARPSTACK_TEST_POSTGRES holds the admin connection string.
/// </summary>
public static class TestPostgres
{
    public const string Variable = "SHARPSTACK_TEST_POSTGRES";

    public static string AdminConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{Variable} is not set. Run the tests with ./test.sh, which installs and starts PostgreSQL, " +
                $"or start one yourself and set {Variable}=\"Host=127.0.0.1;Port=5432;Username=postgres;Password=...\"");

    public static async Task<string> CreateDatabaseAsync()
    {
        var name = "sharpstack_test_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ConnectionString;
    }
}
