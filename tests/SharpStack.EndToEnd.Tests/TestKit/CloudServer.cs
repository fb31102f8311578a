using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using SharpStack.Server;

namespace SharpStack.EndToEnd.Tests.TestKit;

/// <summary>
/// The real management server, started in this process on a free loopback port with its own data
/// folder, on SQLite or on a fresh PostgreSQL database.
/// </summary>
public sealed class CloudServer : IAsyncDisposable
{
    public const string AdminPassword = "admin-test-password";

    private readonly WebApplication _app;

    public string BaseUrl { get; }
    public string DataDir { get; }
    public string ConnectionString { get; }
    public bool IsPostgres { get; }

    private CloudServer(WebApplication app, string dataDir, string connectionString, bool isPostgres)
    {
        _app = app;
        DataDir = dataDir;
        ConnectionString = connectionString;
        IsPostgres = isPostgres;
        BaseUrl = app.Urls.First().TrimEnd('/');
    }

    public IServiceProvider Services => _app.Services;

    /// <summary>The port this server listens on for host agents.</summary>
    public Task<int> AgentPortAsync() => _app.Services.GetRequiredService<SharpStack.Orchestration.Agents.AgentServer>().PortAsync;

    public static Task<CloudServer> StartAsync(DatabaseKind kind = DatabaseKind.Sqlite, string? dataDir = null, string? connectionString = null, params string[] extraArgs) =>
        StartAsync(null, kind, dataDir, connectionString, extraArgs);

    /// <summary>A server whose clock (every TimeProvider use) is <paramref name="clock"/> when given.</summary>
    public static async Task<CloudServer> StartAsync(TimeProvider? clock, DatabaseKind kind, string? dataDir = null, string? connectionString = null, params string[] extraArgs)
    {
        dataDir ??= Directory.CreateTempSubdirectory("sharpstack-test-").FullName;
        connectionString ??= kind == DatabaseKind.Postgres
            ? await TestPostgres.CreateDatabaseAsync()
            : $"Data Source={Path.Combine(dataDir, "sharpstack.db")}";
        var app = ServerHost.Build(
        [
            "--urls", "http://127.0.0.1:0",
            "--data-dir", dataDir,
            "--database", connectionString,
            "--admin-password", AdminPassword,
            "--Logging:LogLevel:Default=Warning",
            "--Logging:LogLevel:Microsoft.EntityFrameworkCore=Warning",
            "--agent-port", "0",
            .. extraArgs,
        ], services =>
        {
            if (clock is not null)
            {
                services.AddSingleton(clock);
            }
        });
        await ServerHost.StartAsync(app);
        return new CloudServer(app, dataDir, connectionString, kind == DatabaseKind.Postgres);
    }

    public CloudClient NewClient() => new(BaseUrl);

    /// <summary>A client signed with fresh API keys of the admin user.</summary>
    public async Task<CloudClient> AdminAsync()
    {
        var session = NewClient();
        (await session.LoginAsync("admin", AdminPassword)).EnsureOk();
        var admin = (await session.CallAsync("listUsers", ("username", "admin"))).EnsureOk().Items("user")[0];
        var keys = (await session.PostAsync("registerUserKeys", ("id", admin.GetProperty("id").GetString()!))).EnsureOk()["userkeys"];
        session.WithKeys(keys.GetProperty("apikey").GetString()!, keys.GetProperty("secretkey").GetString()!);
        return session;
    }

    /// <summary>Stops the server but keeps its data folder, so a test can start it again.</summary>
    public async Task StopAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        ReleaseConnections();
    }

    /// <summary>
    /// Closes the stopped server's pooled PostgreSQL connections: left idle in Npgsql's pool they
    /// would count against the test database's connection limit while later test classes run.
    /// </summary>
    private void ReleaseConnections()
    {
        if (IsPostgres)
        {
            using var connection = new Npgsql.NpgsqlConnection(ConnectionString);
            Npgsql.NpgsqlConnection.ClearPool(connection);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        ReleaseConnections();
        try
        {
            Directory.Delete(DataDir, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

public enum DatabaseKind
{
    Sqlite,
    Postgres,
}
