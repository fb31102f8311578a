namespace SharpStack.Agent.Networking;

/// <summary>
/// Where a host's guest networking lives. On a real host HostNamespace is null (the root
/// namespace) and the interfaces name the NICs that carry guest and public traffic; in tests the
/// whole host side lives in a namespace the test created, with no route out. StateDirectory keeps
/// each router's generated files, pid files and last applied version, and the security groups'
/// rule sets, so a restarted agent finds them again.
/// </summary>
public sealed record HostNetworkOptions(
    string? HostNamespace = null,
    string? GuestInterface = null,
    string? PublicInterface = null,
    string StateDirectory = "/var/lib/sharpstack-agent/network");
