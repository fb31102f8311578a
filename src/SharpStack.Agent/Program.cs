using Microsoft.Extensions.Logging;
using SharpStack.Agent;
using SharpStack.Agent.Networking;

AgentOptions options;
try
{
    options = AgentOptions.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException or OverflowException)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(AgentOptions.Usage);
    return 2;
}

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
// systemd stops the agent with SIGTERM: end the connection cleanly; the guests keep running.
using var sigterm = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    stop.Cancel();
});

// Routers (network namespaces) and security groups (on the bridges) of this host's guest networks.
using var logging = LoggerFactory.Create(b => b.AddSimpleConsole(o =>
{
    o.SingleLine = true;
    o.TimestampFormat = "HH:mm:ss ";
}));
var hostNetwork = new HostNetworkOptions(options.HostNamespace, options.GuestInterface, StateDirectory: Path.Combine(options.DataDir, "network"));
await using var routers = new LinuxRouterBackend(hostNetwork, logging.CreateLogger<LinuxRouterBackend>());
var securityGroups = new LinuxSecurityGroupBackend(hostNetwork, logging.CreateLogger<LinuxSecurityGroupBackend>());
// The metadata and password services run in this process: bring back the routers it served before a restart.
await routers.RestoreAsync(stop.Token);
var agent = await KvmAgent.CreateAsync(options, routers, securityGroups, stop.Token);
return await agent.RunAsync(stop.Token);
