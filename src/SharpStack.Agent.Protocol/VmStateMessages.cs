namespace SharpStack.Agent.Protocol;

/// <summary>
/// The instances a host really runs, sent by its agent after each registration, when an instance
/// stops by itself, and periodically, so the server reconciles drift (upstream's power state report).
/// </summary>
public sealed record VmStatesReport(IReadOnlyList<VmPowerReport> Vms);

/// <param name="PowerState">"PowerOn" or "PowerOff", as upstream names an instance's power state.</param>
public sealed record VmPowerReport(string InstanceName, string Uuid, string PowerState);

public static class PowerStates
{
    public const string On = "PowerOn";
    public const string Off = "PowerOff";
}
