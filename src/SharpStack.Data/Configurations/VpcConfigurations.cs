using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SharpStack.Core.Networks;

namespace SharpStack.Data.Configurations;

internal sealed class VpcConfiguration : IEntityTypeConfiguration<Vpc>
{
    public void Configure(EntityTypeBuilder<Vpc> b)
    {
        b.ToTable("vpcs");
        b.HasIndex(v => v.Uuid).IsUnique();
        b.HasIndex(v => v.AccountId);
        b.Property(v => v.Name).HasMaxLength(255);
        b.Property(v => v.DisplayText).HasMaxLength(4096);
        b.Property(v => v.Cidr).HasMaxLength(64);
        b.Property(v => v.NetworkDomain).HasMaxLength(255);
        b.Property(v => v.Dns1).HasMaxLength(64);
        b.Property(v => v.Dns2).HasMaxLength(64);
    }
}

internal sealed class VpcOfferingConfiguration : IEntityTypeConfiguration<VpcOffering>
{
    public void Configure(EntityTypeBuilder<VpcOffering> b)
    {
        b.ToTable("vpc_offerings");
        b.HasIndex(o => o.Uuid).IsUnique();
        b.Property(o => o.Name).HasMaxLength(255);
        b.Property(o => o.DisplayText).HasMaxLength(4096);
        b.Property(o => o.InternetProtocol).HasMaxLength(16);
        b.Property(o => o.DomainIds).HasMaxLength(4096);
        b.Property(o => o.ZoneIds).HasMaxLength(4096);
        b.HasMany(o => o.Services).WithOne().HasForeignKey(s => s.OfferingId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class VpcOfferingServiceConfiguration : IEntityTypeConfiguration<VpcOfferingService>
{
    public void Configure(EntityTypeBuilder<VpcOfferingService> b)
    {
        b.ToTable("vpc_offering_services");
        b.HasIndex(s => new { s.OfferingId, s.Service }).IsUnique();
        b.Property(s => s.Service).HasMaxLength(32);
        b.Property(s => s.Provider).HasMaxLength(64);
    }
}

internal sealed class NetworkAclListConfiguration : IEntityTypeConfiguration<NetworkAclList>
{
    public void Configure(EntityTypeBuilder<NetworkAclList> b)
    {
        b.ToTable("network_acls");
        b.HasIndex(a => a.Uuid).IsUnique();
        b.HasIndex(a => a.VpcId);
        b.Property(a => a.Name).HasMaxLength(255);
        b.Property(a => a.Description).HasMaxLength(4096);
    }
}

internal sealed class NetworkAclItemConfiguration : IEntityTypeConfiguration<NetworkAclItem>
{
    public void Configure(EntityTypeBuilder<NetworkAclItem> b)
    {
        b.ToTable("network_acl_items");
        b.HasIndex(i => i.Uuid).IsUnique();
        // The database refuses two rules with one number in a list.
        b.HasIndex(i => new { i.AclId, i.Number }).IsUnique();
        b.Property(i => i.Protocol).HasMaxLength(16);
        b.Property(i => i.Cidrs).HasMaxLength(4096);
        b.Property(i => i.Action).HasMaxLength(8);
        b.Property(i => i.TrafficType).HasMaxLength(16);
        b.Property(i => i.Reason).HasMaxLength(2048);
        b.HasOne<NetworkAclList>().WithMany().HasForeignKey(i => i.AclId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PrivateGatewayConfiguration : IEntityTypeConfiguration<PrivateGateway>
{
    public void Configure(EntityTypeBuilder<PrivateGateway> b)
    {
        b.ToTable("vpc_gateways");
        b.HasIndex(g => g.Uuid).IsUnique();
        b.HasIndex(g => g.VpcId);
        b.Property(g => g.IpAddress).HasMaxLength(64);
        b.Property(g => g.Gateway).HasMaxLength(64);
        b.Property(g => g.Netmask).HasMaxLength(64);
        b.Property(g => g.BroadcastUri).HasMaxLength(255);
        b.Property(g => g.State).HasMaxLength(16);
    }
}

internal sealed class StaticRouteConfiguration : IEntityTypeConfiguration<StaticRoute>
{
    public void Configure(EntityTypeBuilder<StaticRoute> b)
    {
        b.ToTable("static_routes");
        b.HasIndex(r => r.Uuid).IsUnique();
        b.HasIndex(r => r.VpcId);
        b.Property(r => r.Cidr).HasMaxLength(64);
        b.Property(r => r.NextHop).HasMaxLength(64);
        b.Property(r => r.State).HasMaxLength(16);
    }
}

internal sealed class VpnCustomerGatewayConfiguration : IEntityTypeConfiguration<VpnCustomerGateway>
{
    public void Configure(EntityTypeBuilder<VpnCustomerGateway> b)
    {
        b.ToTable("s2s_customer_gateways");
        b.HasIndex(g => g.Uuid).IsUnique();
        b.HasIndex(g => g.AccountId);
        b.Property(g => g.Name).HasMaxLength(255);
        b.Property(g => g.Gateway).HasMaxLength(255);
        b.Property(g => g.Cidrs).HasMaxLength(4096);
        b.Property(g => g.IpsecPsk).HasMaxLength(1024);
        b.Property(g => g.IkePolicy).HasMaxLength(255);
        b.Property(g => g.EspPolicy).HasMaxLength(255);
        b.Property(g => g.IkeVersion).HasMaxLength(8);
    }
}

internal sealed class VpnGatewayConfiguration : IEntityTypeConfiguration<VpnGateway>
{
    public void Configure(EntityTypeBuilder<VpnGateway> b)
    {
        b.ToTable("s2s_vpn_gateways");
        b.HasIndex(g => g.Uuid).IsUnique();
        b.HasIndex(g => g.VpcId);
    }
}

internal sealed class VpnConnectionConfiguration : IEntityTypeConfiguration<VpnConnection>
{
    public void Configure(EntityTypeBuilder<VpnConnection> b)
    {
        b.ToTable("s2s_vpn_connections");
        b.HasIndex(c => c.Uuid).IsUnique();
        b.HasIndex(c => c.VpnGatewayId);
        b.HasIndex(c => c.CustomerGatewayId);
    }
}
