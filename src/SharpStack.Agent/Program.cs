using SharpStack.Agent;
using SharpStack.Agent.Dispatch;

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

// The router and security group backends of SharpStack.Agent.Networking plug in here.
var unsupported = new UnsupportedNetworkBackend();
var agent = await KvmAgent.CreateAsync(options, unsupported, unsupported, stop.Token);
return await agent.RunAsync(stop.Token);
