using SharpStack.Agent.Networking.Host;

namespace SharpStack.Agent.Networking.Tests.Units;

public sealed class HostNamesTests
{
    [Theory]
    [InlineData("255.255.255.0", 24)]
    [InlineData("255.255.255.252", 30)]
    [InlineData("255.255.0.0", 16)]
    [InlineData("0.0.0.0", 0)]
    public void Netmasks_and_prefix_lengths_convert_both_ways(string netmask, int prefix)
    {
        Assert.Equal(prefix, Ipv4.PrefixLength(netmask));
        Assert.Equal(netmask, Ipv4.Netmask(prefix));
    }

    [Fact]
    public void Vlan_sub_interfaces_fit_linux_names()
    {
        Assert.Equal("eth1.100", HostBridges.VlanInterfaceName("eth1", 100));
        Assert.Equal("enp3s0f1np.4094", HostBridges.VlanInterfaceName("enp3s0f1np1234", 4094));
        Assert.True(HostBridges.VlanInterfaceName("enp3s0f1np1234", 4094).Length <= 15);
    }
}
