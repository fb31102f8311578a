using System.Diagnostics;
using System.Text.Json;
using SharpStack.EndToEnd.Tests.TestKit;

namespace SharpStack.EndToEnd.Tests.Clients;

/// <summary>
/// Debian's python3-cs (the `cs` CloudStack client, installed as /usr/bin/cloudstack) against the
/// real server: a third-party client that signs and polls as it does against upstream.
/// </summary>
public sealed class PythonCsClientTests(SqliteServerFixture fixture) : IClassFixture<SqliteServerFixture>
{
    private const string Cli = "/usr/bin/cloudstack";
    private const string Python = "/usr/bin/python3";

    private static void RequireClient()
    {
        if (!File.Exists(Cli))
        {
            throw new InvalidOperationException($"{Cli} is missing: install Debian's cs and python3-cs packages (./test.sh does)");
        }
    }

    private async Task<(int ExitCode, string Output, string Error)> RunAsync(string file, params string[] args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        info.Environment["CLOUDSTACK_ENDPOINT"] = fixture.Server.BaseUrl + "/client/api";
        info.Environment["CLOUDSTACK_KEY"] = fixture.Admin.ApiKey;
        info.Environment["CLOUDSTACK_SECRET"] = fixture.Admin.SecretKey;
        info.Environment.Remove("PYTHONPATH");
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(120));
        return (process.ExitCode, await output, await error);
    }

    [Fact]
    public async Task Cli_lists_apis_and_domains_with_signed_requests()
    {
        RequireClient();
        var apis = await RunAsync(Cli, "listApis");
        Assert.True(apis.ExitCode == 0, apis.Error);
        using var apiDoc = JsonDocument.Parse(apis.Output);
        Assert.Contains(apiDoc.RootElement.GetProperty("api").EnumerateArray(), a => a.GetProperty("name").GetString() == "listDomains");
        var domains = await RunAsync(Cli, "listDomains");
        Assert.True(domains.ExitCode == 0, domains.Error);
        using var domainDoc = JsonDocument.Parse(domains.Output);
        Assert.Contains(domainDoc.RootElement.GetProperty("domain").EnumerateArray(), d => d.GetProperty("name").GetString() == "ROOT");
    }

    [Fact]
    public async Task Cli_creates_an_account_registers_keys_and_polls_an_async_delete_to_completion()
    {
        RequireClient();
        var name = Tenants.Unique("cs");
        var created = await RunAsync(Cli, "createAccount", "accounttype=0", $"username={name}", "email=cs@example.test", "firstname=C", "lastname=S", "password=pw 1~!");
        Assert.True(created.ExitCode == 0, created.Error + created.Output);
        using var account = JsonDocument.Parse(created.Output);
        var accountId = account.RootElement.GetProperty("account").GetProperty("id").GetString()!;
        var userId = account.RootElement.GetProperty("account").GetProperty("user")[0].GetProperty("id").GetString()!;
        var keys = await RunAsync(Cli, "registerUserKeys", $"id={userId}");
        Assert.True(keys.ExitCode == 0, keys.Error);
        Assert.Contains("secretkey", keys.Output, StringComparison.Ordinal);
        // The cs CLI waits for async jobs and prints the final job result.
        var deleted = await RunAsync(Cli, "deleteAccount", $"id={accountId}");
        Assert.True(deleted.ExitCode == 0, deleted.Error + deleted.Output);
        Assert.Contains("\"success\": true", deleted.Output, StringComparison.Ordinal);
        Assert.Equal(431, (await fixture.Admin.CallAsync("listAccounts", ("id", accountId))).ErrorCode);
    }

    [Fact]
    public async Task Library_calls_commands_and_fetches_an_async_result()
    {
        RequireClient();
        const string script = """
            import os, json
            from cs import CloudStack, CloudStackApiException
            api = CloudStack(endpoint=os.environ['CLOUDSTACK_ENDPOINT'], key=os.environ['CLOUDSTACK_KEY'], secret=os.environ['CLOUDSTACK_SECRET'])
            domains = api.listDomains(listall=True)
            acct = api.createAccount(accounttype=0, username='pylib', email='p@example.test', firstname='P', lastname='Y', password='secret pw', account='pylib')['account']
            result = api.disableAccount(id=acct['id'], lock=True, fetch_result=True)
            try:
                api.listAccounts(id='00000000-0000-0000-0000-000000000000')
                error = None
            except CloudStackApiException as e:
                error = e.error['errorcode']
            print(json.dumps({'domains': domains['count'], 'state': result['account']['state'], 'error': error}))
            """;
        var run = await RunAsync(Python, "-c", script);
        Assert.True(run.ExitCode == 0, run.Error);
        using var doc = JsonDocument.Parse(run.Output);
        Assert.True(doc.RootElement.GetProperty("domains").GetInt32() >= 1);
        Assert.Equal("locked", doc.RootElement.GetProperty("state").GetString());
        Assert.Equal(431, doc.RootElement.GetProperty("error").GetInt32());
    }

    [Fact]
    public async Task Cli_deploys_an_instance_waits_for_it_and_destroys_it()
    {
        RequireClient();
        var cz = await ComputeZone.CreateAsync(fixture.Admin, hosts: 1);
        var offering = await ComputeZone.OfferingAsync(fixture.Admin, 1, 500, 256);
        var deployed = await RunAsync(Cli, "deployVirtualMachine", $"zoneid={cz.ZoneId}", $"templateid={cz.TemplateId}", $"serviceofferingid={offering}",
            "rootdisksize=1", "name=from-cs");
        Assert.True(deployed.ExitCode == 0, deployed.Error + deployed.Output);
        using var vm = JsonDocument.Parse(deployed.Output);
        var instance = vm.RootElement.GetProperty("virtualmachine");
        Assert.Equal("Running", instance.GetProperty("state").GetString());
        Assert.Equal("from-cs", instance.GetProperty("name").GetString());
        var listed = await RunAsync(Cli, "listVirtualMachines", $"id={instance.GetProperty("id").GetString()}");
        Assert.True(listed.ExitCode == 0, listed.Error);
        Assert.Contains("from-cs", listed.Output, StringComparison.Ordinal);
        var destroyed = await RunAsync(Cli, "destroyVirtualMachine", $"id={instance.GetProperty("id").GetString()}", "expunge=true");
        Assert.True(destroyed.ExitCode == 0, destroyed.Error + destroyed.Output);
        Assert.Equal(431, (await fixture.Admin.CallAsync("listVirtualMachines", ("id", instance.GetProperty("id").GetString()!))).ErrorCode);
    }
}
