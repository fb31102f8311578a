namespace SharpStack.Core.Networks;

/// <summary>
/// A remote access VPN (L2TP over IPsec) on a network's source NAT address: clients get addresses
/// from IpRange and authenticate with the account's VPN users and the pre-shared key.
/// </summary>
public sealed class RemoteAccessVpn
{
    public long Id { get; set; }
    public Guid Uuid { get; set; } = Guid.NewGuid();
    public long IpAddressId { get; set; }
    public long NetworkId { get; set; }
    public long AccountId { get; set; }
    public long DomainId { get; set; }
    /// <summary>"first-last" of the clients' addresses; the router's own VPN address is the first.</summary>
    public required string IpRange { get; set; }
    /// <summary>The pre-shared key, encrypted with the server key.</summary>
    public required string PresharedKey { get; set; }
    public VpnState State { get; set; } = VpnState.Added;
    public bool ForDisplay { get; set; } = true;
    public DateTime Created { get; set; }
}

public enum VpnState
{
    Added,
    Running,
    Removed,
}

/// <summary>A user of an account's remote access VPNs; the password is encrypted with the server key.</summary>
public sealed class VpnUser
{
    public long Id { get; set; }
    public Guid Uuid { get; set; } = Guid.NewGuid();
    public long AccountId { get; set; }
    public long DomainId { get; set; }
    public required string Username { get; set; }
    public required string Password { get; set; }
    public VpnUserState State { get; set; } = VpnUserState.Add;
    public DateTime Created { get; set; }
}

/// <summary>Upstream's VpnUser.State.</summary>
public enum VpnUserState
{
    Add,
    Revoke,
    Active,
}
