using SharpStack.Agent.Protocol;
using SharpStack.Orchestration.Networks;

namespace SharpStack.Api.Tests;

public sealed class RouterConfigRedactionTests
{
    [Fact]
    public void The_stored_document_hides_the_vpn_secrets_and_instance_passwords_but_keeps_the_rest()
    {
        var config = new RouterConfig(3, "r-1-VM",
            new RouterGuestNetwork("net", "10.1.1.0/24", "10.1.1.1", "255.255.255.0", "10.1.1.1", "02:01:00:00:00:01", "vlan://100", "cs1.internal", []),
            [], [], [], [], [], [], EgressDefaultAllow: true,
            new RouterVpn("198.51.100.10", "10.1.2.1", "10.1.2.1-10.1.2.9", "psk", [new VpnUserSpec("alice", "pw")]),
            [new GuestMetadata("10.1.1.10", "uuid", "web-1", "198.51.100.10", "dXNlcg==", [], "Small", "zone1", "secret"),
             new GuestMetadata("10.1.1.11", "uuid-2", "web-2", null, null, [], "Small", "zone1")]);

        var stored = RouterConfigs.Redacted(config);

        Assert.Equal("(hidden)", stored.Vpn!.PresharedKey);
        Assert.Equal("(hidden)", stored.Vpn.Users[0].Password);
        Assert.Equal("(hidden)", stored.Metadata![0].Password);
        Assert.Null(stored.Metadata[1].Password);
        Assert.Equal("dXNlcg==", stored.Metadata[0].UserData);
        Assert.Equal("secret", config.Metadata![0].Password);
    }
}
