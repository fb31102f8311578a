using System.Text.Json;
using SharpStack.Cli.Catalog;
using SharpStack.EndToEnd.Tests.TestKit;

namespace SharpStack.Cli.Tests;

/// <summary>The CLI's entry point against the real server: sync, lists in every format, async jobs, errors.</summary>
public sealed class ApiCommandTests(CliServerFixture fixture) : IClassFixture<CliServerFixture>
{
    private CliRunner Cli => fixture.Cli;

    [Fact]
    public void Sync_caches_the_catalog_of_listApis_with_parameters_and_async_flags()
    {
        var catalog = ApiCatalog.Load(Path.Combine(Path.GetDirectoryName(Cli.ConfigFile)!, "catalog-admin.json"));
        Assert.NotNull(catalog);
        var deploy = catalog.Find("deploy", "virtualmachine");
        Assert.NotNull(deploy);
        Assert.True(deploy.IsAsync);
        Assert.True(deploy.FindParam("zoneid")!.Required);
        Assert.Equal("uuid", deploy.FindParam("zoneid")!.Type);
        Assert.False(catalog.Find("listZones")!.IsAsync);
        Assert.Contains("virtualmachines", catalog.Nouns("list"));
    }

    [Fact]
    public async Task List_as_json_keeps_only_the_filtered_fields()
    {
        var result = (await Cli.RunAsync("list", "zones", "name=Demo", "--filter", "name,allocationstate", "-o", "json")).EnsureOk();
        var zone = Assert.Single(result.Json.GetProperty("zone").EnumerateArray());
        Assert.Equal(["name", "allocationstate"], zone.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Demo", zone.GetProperty("name").GetString());
        Assert.Equal(1, result.Json.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task Output_is_json_by_default_when_not_on_a_terminal()
    {
        var result = (await Cli.RunAsync("list", "zones")).EnsureOk();
        Assert.Equal("Demo", result.Json.GetProperty("zone")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task List_as_table_shows_the_filtered_columns()
    {
        var result = (await Cli.RunAsync("list", "hosts", "-o", "table", "--filter", "name,state,hypervisor")).EnsureOk();
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = lines.First(l => l.Contains("name", StringComparison.Ordinal));
        Assert.True(header.IndexOf("name", StringComparison.Ordinal) < header.IndexOf("state", StringComparison.Ordinal));
        Assert.DoesNotContain("cpunumber", result.Output, StringComparison.Ordinal);
        Assert.Equal(4, lines.Count(l => l.Contains("| Up", StringComparison.Ordinal) && l.Contains("Simulator", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task List_as_csv_has_a_header_and_one_line_a_row()
    {
        var result = (await Cli.RunAsync("list", "zones", "-o", "csv", "--filter", "name,networktype,allocationstate")).EnsureOk();
        Assert.Equal(["name,networktype,allocationstate", "Demo,Advanced,Enabled"], result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Fact]
    public async Task Raw_api_command_by_its_name()
    {
        var result = (await Cli.RunAsync("api", "listServiceOfferings", "name=Small Instance", "--filter", "name,cpunumber")).EnsureOk();
        Assert.Equal("Small Instance", result.Json.GetProperty("serviceoffering")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Async_deploy_waits_for_the_job_and_prints_the_instance()
    {
        var (zone, template, offering) = await DeployTargetsAsync();
        var result = (await Cli.RunAsync("deploy", "virtualmachine", "zoneid=" + zone, "templateid=" + template, "serviceofferingid=" + offering,
            "name=" + Tenants.Unique("cli"), "--filter", "id,name,state")).EnsureOk();
        Assert.Contains("waiting for job", result.Error, StringComparison.Ordinal);
        var vm = result.Json.GetProperty("virtualmachine");
        Assert.Equal("Running", vm.GetProperty("state").GetString());
        Assert.Equal(["id", "name", "state"], vm.EnumerateObject().Select(p => p.Name));

        var stopped = (await Cli.RunAsync("stop", "virtualmachine", "id=" + vm.GetProperty("id").GetString(), "-o", "csv", "--filter", "state")).EnsureOk();
        Assert.Equal(["state", "Stopped"], stopped.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Fact]
    public async Task Async_flag_answers_the_job_id_at_once()
    {
        var (zone, template, offering) = await DeployTargetsAsync();
        var result = (await Cli.RunAsync("deploy", "virtualmachine", "zoneid=" + zone, "templateid=" + template, "serviceofferingid=" + offering, "--async")).EnsureOk();
        var jobId = result.Json.GetProperty("jobid").GetString()!;
        Assert.DoesNotContain("waiting", result.Error, StringComparison.Ordinal);
        var job = await fixture.Admin.WaitForJobAsync(jobId);
        Assert.Equal(1, job["jobstatus"].GetInt32());
        var queried = (await Cli.RunAsync("query", "asyncjobresult", "jobid=" + jobId, "--filter", "jobstatus")).EnsureOk();
        Assert.Equal(1, queried.Json.GetProperty("jobstatus").GetInt32());
    }

    [Fact]
    public async Task Unknown_parameter_is_refused_before_sending_with_suggestions()
    {
        var result = await Cli.RunAsync("list", "zones", "nmae=Demo");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Unknown parameter 'nmae' for listZones", result.Error, StringComparison.Ordinal);
        Assert.Contains("Did you mean: name", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_required_parameters_are_all_named_before_sending()
    {
        var result = await Cli.RunAsync("deploy", "virtualmachine", "name=x");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("deployVirtualMachine needs", result.Error, StringComparison.Ordinal);
        Assert.Contains("zoneid=...", result.Error, StringComparison.Ordinal);
        Assert.Contains("serviceofferingid=...", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("name=...", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lsit", "zones", "Did you mean: list")]
    [InlineData("list", "zonez", "Did you mean: zones")]
    public async Task Unknown_command_gets_suggestions(string verb, string noun, string hint)
    {
        var result = await Cli.RunAsync(verb, noun);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Unknown command", result.Error, StringComparison.Ordinal);
        Assert.Contains(hint, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_error_exits_non_zero_with_the_error_code_and_text()
    {
        var result = await Cli.RunAsync("update", "zone", "id=" + Guid.NewGuid(), "name=x");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("updateZone failed: error 431:", result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Output);
    }

    [Fact]
    public async Task A_failed_async_job_exits_non_zero_with_the_job_error()
    {
        var (zone, template, _) = await DeployTargetsAsync();
        var huge = await ComputeZone.OfferingAsync(fixture.Admin, 64, 2000, 1024);
        var result = await Cli.RunAsync("deploy", "virtualmachine", "zoneid=" + zone, "templateid=" + template, "serviceofferingid=" + huge);
        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"deployVirtualMachine failed: job [0-9a-f-]+: error 53\d: ", result.Error);
    }

    private async Task<(string Zone, string Template, string Offering)> DeployTargetsAsync()
    {
        var zone = (await fixture.Admin.CallAsync("listZones", ("name", "Demo"))).EnsureOk().Items("zone")[0].Id();
        var template = (await fixture.Admin.CallAsync("listTemplates", ("templatefilter", "featured"), ("zoneid", zone))).EnsureOk().Items("template")[0].Id();
        var offering = (await fixture.Admin.CallAsync("listServiceOfferings", ("name", "Small Instance"))).EnsureOk().Items("serviceoffering")[0].Id();
        return (zone, template, offering);
    }
}
