using SharpStack.EndToEnd.Tests.TestKit;

namespace SharpStack.Cli.Tests;

/// <summary>Profiles with API keys and with username/password (a login session), chosen by --profile or `profile use`.</summary>
public sealed class ProfileTests(CliServerFixture fixture) : IClassFixture<CliServerFixture>
{
    [Fact]
    public async Task Password_profile_logs_in_and_acts_as_that_user()
    {
        var name = Tenants.Unique("cliuser");
        await Tenants.CreateAccountAsync(fixture.Server, fixture.Admin, name);
        var cli = CliRunner.InNewConfigFolder();
        (await cli.RunAsync("profile", "set", "admin", "url=" + fixture.Server.BaseUrl, "apikey=" + fixture.Admin.ApiKey, "secretkey=" + fixture.Admin.SecretKey)).EnsureOk();
        (await cli.RunAsync("profile", "set", "tenant", "url=" + fixture.Server.BaseUrl + "/client/api", "username=" + name, "password=" + Tenants.Password, "domain=/")).EnsureOk();

        var asTenant = (await cli.RunAsync("api", "listAccounts", "--profile", "tenant", "--filter", "name")).EnsureOk();
        Assert.Equal(name, Assert.Single(asTenant.Json.GetProperty("account").EnumerateArray()).GetProperty("name").GetString());

        var asAdmin = (await cli.RunAsync("api", "listAccounts", "--filter", "name")).EnsureOk();
        Assert.True(asAdmin.Json.GetProperty("account").GetArrayLength() > 1);

        (await cli.RunAsync("profile", "use", "tenant")).EnsureOk();
        var current = (await cli.RunAsync("api", "listAccounts", "--filter", "name")).EnsureOk();
        Assert.Equal(1, current.Json.GetProperty("account").GetArrayLength());

        var listed = (await cli.RunAsync("profile", "list")).EnsureOk();
        Assert.Contains("tenant", listed.Output, StringComparison.Ordinal);
        Assert.Contains("password", listed.Output, StringComparison.Ordinal);
        Assert.Contains("keys", listed.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(fixture.Admin.SecretKey!, listed.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(Tenants.Password, listed.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_password_exits_with_the_login_error()
    {
        var cli = CliRunner.InNewConfigFolder();
        (await cli.RunAsync("profile", "set", "bad", "url=" + fixture.Server.BaseUrl, "username=admin", "password=not-the-password")).EnsureOk();
        var result = await cli.RunAsync("api", "listZones");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("login failed: error 531", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_secret_key_exits_with_the_signature_error()
    {
        var cli = CliRunner.InNewConfigFolder();
        (await cli.RunAsync("profile", "set", "forged", "url=" + fixture.Server.BaseUrl, "apikey=" + fixture.Admin.ApiKey, "secretkey=bm90LXRoZS1rZXk=")).EnsureOk();
        var result = await cli.RunAsync("api", "listZones");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error 401", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_profile_is_a_usage_error_naming_the_known_ones()
    {
        var result = await fixture.Cli.RunAsync("list", "zones", "--profile", "nope");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("No profile 'nope' (profiles: admin)", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Config_file_is_readable_only_by_its_owner()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        var cli = CliRunner.InNewConfigFolder();
        (await cli.RunAsync("profile", "set", "p", "url=http://127.0.0.1:1", "apikey=a", "secretkey=b")).EnsureOk();
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(cli.ConfigFile));
    }
}
