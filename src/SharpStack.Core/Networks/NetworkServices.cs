namespace SharpStack.Core.Networks;

/// <summary>Upstream's network service and provider names, as the API spells them.</summary>
public static class NetworkServices
{
    public const string Vpn = "Vpn";
    public const string Dhcp = "Dhcp";
    public const string Dns = "Dns";
    public const string SourceNat = "SourceNat";
    public const string StaticNat = "StaticNat";
    public const string PortForwarding = "PortForwarding";
    public const string Lb = "Lb";
    public const string UserData = "UserData";
    public const string Firewall = "Firewall";
    public const string SecurityGroup = "SecurityGroup";
    public const string NetworkAcl = "NetworkACL";
    public const string Connectivity = "Connectivity";
    public const string Gateway = "Gateway";

    public static readonly IReadOnlyList<string> All =
        [Vpn, Dhcp, Dns, SourceNat, StaticNat, PortForwarding, Lb, UserData, Firewall, SecurityGroup, NetworkAcl, Connectivity, Gateway];

    public const string VirtualRouter = "VirtualRouter";
    public const string VpcVirtualRouter = "VpcVirtualRouter";
    public const string SecurityGroupProvider = "SecurityGroupProvider";
    public const string InternalLbVm = "InternalLbVm";
    public const string ConfigDrive = "ConfigDrive";

    /// <summary>Which services each provider this cloud implements can give.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> ProviderServices = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase)
    {
        [VirtualRouter] = [Vpn, Dhcp, Dns, SourceNat, StaticNat, PortForwarding, Lb, UserData, Firewall, Gateway],
        [VpcVirtualRouter] = [Vpn, Dhcp, Dns, SourceNat, StaticNat, PortForwarding, Lb, UserData, NetworkAcl, Gateway],
        [SecurityGroupProvider] = [SecurityGroup],
        [InternalLbVm] = [Lb],
        [ConfigDrive] = [UserData],
    };

    /// <summary>The provider a service gets when createNetworkOffering names no provider for it.</summary>
    public static string DefaultProvider(string service, bool forVpc) => service switch
    {
        SecurityGroup => SecurityGroupProvider,
        NetworkAcl => VpcVirtualRouter,
        _ => forVpc ? VpcVirtualRouter : VirtualRouter,
    };

    /// <summary>The service name as upstream spells it, whatever the case it was given in.</summary>
    public static string? Canonical(string name) => All.FirstOrDefault(s => s.Equals(name.Trim(), StringComparison.OrdinalIgnoreCase));
}
