using SharpStack.EndToEnd.Tests.TestKit;

namespace SharpStack.Cli.Tests;

/// <summary>
/// The real server on loopback with the demo zone (simulated hosts, a ready template, offerings),
/// and a CLI config with an "admin" profile signed with fresh API keys, synced.
/// </summary>
public sealed class CliServerFixture : IAsyncLifetime
{
    public CloudServer Server { get; private set; } = null!;
    public CloudClient Admin { get; private set; } = null!;
    public CliRunner Cli { get; } = CliRunner.InNewConfigFolder();

    public async Task InitializeAsync()
    {
        Server = await CloudServer.StartAsync(DatabaseKind.Sqlite, null, null, "--demo");
        Admin = await Server.AdminAsync();
        (await Cli.RunAsync("profile", "set", "admin", "url=" + Server.BaseUrl, "apikey=" + Admin.ApiKey, "secretkey=" + Admin.SecretKey)).EnsureOk();
        (await Cli.RunAsync("sync")).EnsureOk();
    }

    public async Task DisposeAsync()
    {
        Admin.Dispose();
        await Server.DisposeAsync();
        Directory.Delete(Path.GetDirectoryName(Cli.ConfigFile)!, recursive: true);
    }
}
