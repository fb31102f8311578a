using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SharpStack.Core.Infrastructure;
using SharpStack.Core.Networks;
using SharpStack.Core.Offerings;

namespace SharpStack.Data.Configurations;

internal sealed class NetworkOfferingConfiguration : IEntityTypeConfiguration<NetworkOffering>
{
    public void Configure(EntityTypeBuilder<NetworkOffering> b)
    {
        b.ToTable("network_offerings");
        b.HasIndex(o => o.Uuid).IsUnique();
        b.Property(o => o.Name).HasMaxLength(255);
        b.Property(o => o.DisplayText).HasMaxLength(4096);
        b.Property(o => o.TrafficType).HasMaxLength(32);
        b.Property(o => o.Availability).HasMaxLength(16);
        b.Property(o => o.Tags).HasMaxLength(4096);
        b.Property(o => o.SourceNatType).HasMaxLength(16);
        b.Property(o => o.InternetProtocol).HasMaxLength(16);
        b.Property(o => o.DomainIds).HasMaxLength(4096);
        b.Property(o => o.ZoneIds).HasMaxLength(4096);
        b.HasMany(o => o.Services).WithOne().HasForeignKey(s => s.OfferingId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class NetworkOfferingServiceConfiguration : IEntityTypeConfiguration<NetworkOfferingService>
{
    public void Configure(EntityTypeBuilder<NetworkOfferingService> b)
    {
        b.ToTable("network_offering_services");
        b.HasIndex(s => new { s.OfferingId, s.Service }).IsUnique();
        b.Property(s => s.Service).HasMaxLength(32);
        b.Property(s => s.Provider).HasMaxLength(64);
    }
}

internal sealed class GuestVlanConfiguration : IEntityTypeConfiguration<GuestVlan>
{
    public void Configure(EntityTypeBuilder<GuestVlan> b)
    {
        b.ToTable("guest_vlans");
        // The database refuses a VLAN taken twice on one physical network.
        b.HasIndex(v => new { v.PhysicalNetworkId, v.Vnet }).IsUnique();
        b.HasIndex(v => v.NetworkId);
        b.HasOne<PhysicalNetwork>().WithMany().HasForeignKey(v => v.PhysicalNetworkId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RouterConfiguration : IEntityTypeConfiguration<Router>
{
    public void Configure(EntityTypeBuilder<Router> b)
    {
        b.ToTable("routers");
        b.HasIndex(r => r.Uuid).IsUnique();
        b.HasIndex(r => r.NetworkId);
        b.HasIndex(r => r.VpcId);
        b.HasIndex(r => r.HostId);
        b.Property(r => r.Name).HasMaxLength(255);
        b.Property(r => r.Role).HasMaxLength(32);
        b.Property(r => r.RedundantState).HasMaxLength(16);
        b.Property(r => r.GuestIpAddress).HasMaxLength(64);
        b.Property(r => r.GuestMacAddress).HasMaxLength(17);
        b.Property(r => r.LinkLocalIp).HasMaxLength(64);
        b.Property(r => r.Version).HasMaxLength(32);
    }
}

internal sealed class PublicIpAddressConfiguration : IEntityTypeConfiguration<PublicIpAddress>
{
    public void Configure(EntityTypeBuilder<PublicIpAddress> b)
    {
        b.ToTable("public_ip_addresses");
        b.HasIndex(a => a.Uuid).IsUnique();
        b.HasIndex(a => new { a.ZoneId, a.Address }).IsUnique();
        b.HasIndex(a => new { a.ZoneId, a.State });
        b.HasIndex(a => a.AccountId);
        b.HasIndex(a => a.NetworkId);
        b.HasIndex(a => a.VpcId);
        b.Property(a => a.Address).HasMaxLength(64);
        b.Property(a => a.StaticNatVmIp).HasMaxLength(64);
        b.HasOne<VlanIpRange>().WithMany().HasForeignKey(a => a.VlanIpRangeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FirewallRuleConfiguration : IEntityTypeConfiguration<FirewallRule>
{
    public void Configure(EntityTypeBuilder<FirewallRule> b)
    {
        b.ToTable("firewall_rules");
        b.HasIndex(r => r.Uuid).IsUnique();
        b.HasIndex(r => r.IpAddressId);
        b.HasIndex(r => r.NetworkId);
        b.HasIndex(r => r.VmId);
        b.Property(r => r.TrafficType).HasMaxLength(16);
        b.Property(r => r.Protocol).HasMaxLength(16);
        b.Property(r => r.SourceCidrs).HasMaxLength(4096);
        b.Property(r => r.DestinationCidrs).HasMaxLength(4096);
        b.Property(r => r.VmGuestIp).HasMaxLength(64);
        b.Property(r => r.LbName).HasMaxLength(255);
        b.Property(r => r.LbDescription).HasMaxLength(4096);
        b.Property(r => r.LbAlgorithm).HasMaxLength(32);
    }
}

internal sealed class LoadBalancerMemberConfiguration : IEntityTypeConfiguration<LoadBalancerMember>
{
    public void Configure(EntityTypeBuilder<LoadBalancerMember> b)
    {
        b.ToTable("load_balancer_members");
        b.HasIndex(m => new { m.RuleId, m.VmId, m.VmIp }).IsUnique();
        b.HasIndex(m => m.VmId);
        b.Property(m => m.VmIp).HasMaxLength(64);
        b.HasOne<FirewallRule>().WithMany().HasForeignKey(m => m.RuleId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class LbStickinessPolicyConfiguration : IEntityTypeConfiguration<LbStickinessPolicy>
{
    public void Configure(EntityTypeBuilder<LbStickinessPolicy> b)
    {
        b.ToTable("lb_stickiness_policies");
        b.HasIndex(p => p.Uuid).IsUnique();
        b.HasIndex(p => p.RuleId);
        b.Property(p => p.Name).HasMaxLength(255);
        b.Property(p => p.MethodName).HasMaxLength(32);
        b.Property(p => p.Description).HasMaxLength(4096);
        b.Property(p => p.Params).HasMaxLength(4096);
        b.HasOne<FirewallRule>().WithMany().HasForeignKey(p => p.RuleId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class LbHealthCheckPolicyConfiguration : IEntityTypeConfiguration<LbHealthCheckPolicy>
{
    public void Configure(EntityTypeBuilder<LbHealthCheckPolicy> b)
    {
        b.ToTable("lb_health_check_policies");
        b.HasIndex(p => p.Uuid).IsUnique();
        b.HasIndex(p => p.RuleId);
        b.Property(p => p.PingPath).HasMaxLength(1024);
        b.Property(p => p.Description).HasMaxLength(4096);
        b.HasOne<FirewallRule>().WithMany().HasForeignKey(p => p.RuleId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RemoteAccessVpnConfiguration : IEntityTypeConfiguration<RemoteAccessVpn>
{
    public void Configure(EntityTypeBuilder<RemoteAccessVpn> b)
    {
        b.ToTable("remote_access_vpns");
        b.HasIndex(v => v.Uuid).IsUnique();
        // One VPN per public address, whatever races.
        b.HasIndex(v => v.IpAddressId).IsUnique();
        b.HasIndex(v => v.NetworkId);
        b.Property(v => v.IpRange).HasMaxLength(64);
        b.Property(v => v.PresharedKey).HasMaxLength(512);
        b.HasOne<PublicIpAddress>().WithMany().HasForeignKey(v => v.IpAddressId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class VpnUserConfiguration : IEntityTypeConfiguration<VpnUser>
{
    public void Configure(EntityTypeBuilder<VpnUser> b)
    {
        b.ToTable("vpn_users");
        b.HasIndex(u => u.Uuid).IsUnique();
        b.HasIndex(u => new { u.AccountId, u.Username }).IsUnique();
        b.Property(u => u.Username).HasMaxLength(255);
        b.Property(u => u.Password).HasMaxLength(512);
    }
}
