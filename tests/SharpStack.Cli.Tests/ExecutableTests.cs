using System.Diagnostics;

namespace SharpStack.Cli.Tests;

/// <summary>The built sharpstack executable as a user runs it: a real process, its config from $SHARPSTACK_CLI_CONFIG.</summary>
public sealed class ExecutableTests(CliServerFixture fixture) : IClassFixture<CliServerFixture>
{
    private static async Task<(int Code, string Output, string Error)> RunAsync(string configFile, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "sharpstack.dll");
        Assert.True(File.Exists(dll), $"{dll} is missing: the CLI project is not built beside the tests");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        info.Environment["SHARPSTACK_CLI_CONFIG"] = configFile;
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    [Fact]
    public async Task Executable_lists_as_csv_with_the_config_of_the_environment()
    {
        var (code, output, error) = await RunAsync(fixture.Cli.ConfigFile, "list", "zones", "-o", "csv", "--filter", "name,allocationstate");
        Assert.True(code == 0, error);
        Assert.Equal(["name,allocationstate", "Demo,Enabled"], output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Fact]
    public async Task Executable_exit_code_and_stderr_on_an_api_error()
    {
        var (code, output, error) = await RunAsync(fixture.Cli.ConfigFile, "update", "zone", "id=" + Guid.NewGuid(), "name=x");
        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Contains("error 431", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Executable_prints_a_bash_script_whose_engine_completes_from_the_synced_catalog()
    {
        var (code, script, _) = await RunAsync(fixture.Cli.ConfigFile, "completion", "bash");
        Assert.Equal(0, code);
        Assert.Contains("complete -F _sharpstack_complete sharpstack", script, StringComparison.Ordinal);
        Assert.Contains("sharpstack __complete", script, StringComparison.Ordinal);

        var (_, nouns, _) = await RunAsync(fixture.Cli.ConfigFile, "__complete", "sharpstack list virtualm");
        var candidates = nouns.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("virtualmachines", candidates);
        Assert.All(candidates, c => Assert.StartsWith("virtualm", c, StringComparison.Ordinal));
        var (_, parameters, _) = await RunAsync(fixture.Cli.ConfigFile, "__complete", "sharpstack deploy virtualmachine zoneid=1 templ");
        Assert.Equal(["templateid="], parameters.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
