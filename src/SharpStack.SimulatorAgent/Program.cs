using System.Text.Json;
using SharpStack.Agent.Protocol;
using SharpStack.SimulatorAgent;

SimulatorOptions options;
try
{
    options = SimulatorOptions.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException or OverflowException)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(SimulatorOptions.Usage);
    return 2;
}

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
if (options.Seconds > 0)
{
    stop.CancelAfter(TimeSpan.FromSeconds(options.Seconds));
}

var empty = JsonSerializer.SerializeToElement(new { }, AgentProtocol.Json);
var clients = Enumerable.Range(1, options.Hosts).Select(i =>
{
    var index = i;
    var address = $"10.{(index >> 16) & 0xFF}.{(index >> 8) & 0xFF}.{index & 0xFF}";
    return new AgentClient(options.Server, options.Port,
        () => new RegisterRequest(AgentProtocol.Version, options.Token, $"{options.Prefix}-{index}", $"{options.Prefix}-{index}", "Simulator", address,
            1, options.CpuNumber, options.CpuSpeedMhz, options.MemoryBytes, 1L << 40, "4.22.0.0-simulator", "hvm", options.ClusterId),
        (_, _) => Task.FromResult(empty));
}).ToList();

var runs = clients.Select(c => Task.Run(() => c.RunAsync(stop.Token))).ToList();
var reported = -1;
while (!stop.IsCancellationRequested && runs.Any(r => !r.IsCompleted))
{
    var connected = clients.Count(c => c.Connected);
    if (connected != reported)
    {
        Console.WriteLine($"connected {connected}/{clients.Count}");
        reported = connected;
    }
    if (clients.Any(c => c.Refused is not null))
    {
        stop.Cancel();
        break;
    }
    await Task.Delay(200, stop.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
}
await Task.WhenAll(runs);
if (clients.FirstOrDefault(c => c.Refused is not null) is { } refused)
{
    Console.Error.WriteLine($"registration refused: {refused.Refused}");
    return 1;
}
return 0;
