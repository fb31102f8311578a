namespace SharpStack.EndToEnd.Tests.TestKit;

/// <summary>One server per test class, with a signed admin client.</summary>
public abstract class ServerFixture(DatabaseKind kind) : IAsyncLifetime
{
    public CloudServer Server { get; private set; } = null!;
    public CloudClient Admin { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await CloudServer.StartAsync(kind);
        Admin = await Server.AdminAsync();
    }

    public async Task DisposeAsync()
    {
        Admin.Dispose();
        await Server.DisposeAsync();
    }
}

public sealed class SqliteServerFixture() : ServerFixture(DatabaseKind.Sqlite);

public sealed class PostgresServerFixture() : ServerFixture(DatabaseKind.Postgres);
