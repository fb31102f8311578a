using SharpStack.Agent.Networking.Processes;

namespace SharpStack.Agent.Networking.Host;

/// <summary>`ip` commands against the host side (HostNetworkOptions.HostNamespace, or the root namespace) and inside other namespaces.</summary>
public sealed class HostCommands(HostNetworkOptions options, ProcessRunner runner)
{
    public ProcessRunner Runner => runner;

    public HostNetworkOptions Options => options;

    public Task<ProcessResult> HostIpAsync(IEnumerable<string> args, bool check = true, CancellationToken ct = default) =>
        runner.RunAsync(IpIn(options.HostNamespace, args), check: check, ct: ct);

    public Task<ProcessResult> IpAsync(string ns, IEnumerable<string> args, bool check = true, CancellationToken ct = default) =>
        runner.RunAsync(IpIn(ns, args), check: check, ct: ct);

    /// <summary>Runs a command on the host side (inside HostNamespace when one is set).</summary>
    public Task<ProcessResult> OnHostAsync(IReadOnlyList<string> command, string? standardInput = null, bool check = true, CancellationToken ct = default) =>
        runner.RunAsync(command, options.HostNamespace, standardInput, check, ct);

    public async Task<bool> HostLinkExistsAsync(string name, CancellationToken ct) =>
        (await HostIpAsync(["link", "show", "dev", name], check: false, ct: ct)).Succeeded;

    public static bool NamespaceExists(string ns) => File.Exists($"/run/netns/{ns}");

    private static List<string> IpIn(string? ns, IEnumerable<string> args) => ns is null ? ["ip", .. args] : ["ip", "-n", ns, .. args];
}
