using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SharpStack.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class GuestNetworking : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "NetworkId",
                table: "vlan_ip_ranges",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Netmask",
                table: "nics",
                type: "TEXT",
                maxLength: 64,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 64);

            migrationBuilder.AlterColumn<string>(
                name: "Ipv4Address",
                table: "nics",
                type: "TEXT",
                maxLength: 64,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 64);

            migrationBuilder.AlterColumn<string>(
                name: "Gateway",
                table: "nics",
                type: "TEXT",
                maxLength: 64,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 64);

            migrationBuilder.AlterColumn<string>(
                name: "Netmask",
                table: "networks",
                type: "TEXT",
                maxLength: 64,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 64);

            migrationBuilder.AlterColumn<string>(
                name: "Gateway",
                table: "networks",
                type: "TEXT",
                maxLength: 64,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 64);

            migrationBuilder.AlterColumn<string>(
                name: "Cidr",
                table: "networks",
                type: "TEXT",
                maxLength: 64,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 64);

            migrationBuilder.AddColumn<bool>(
                name: "DisplayNetwork",
                table: "networks",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Dns1",
                table: "networks",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Dns2",
                table: "networks",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "NetworkOfferingId",
                table: "networks",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "RestartRequired",
                table: "networks",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "SubdomainAccess",
                table: "networks",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "firewall_rules",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uuid = table.Column<Guid>(type: "TEXT", nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    TrafficType = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    IpAddressId = table.Column<long>(type: "INTEGER", nullable: true),
                    NetworkId = table.Column<long>(type: "INTEGER", nullable: false),
                    AccountId = table.Column<long>(type: "INTEGER", nullable: false),
                    DomainId = table.Column<long>(type: "INTEGER", nullable: false),
                    Protocol = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    StartPort = table.Column<int>(type: "INTEGER", nullable: true),
                    EndPort = table.Column<int>(type: "INTEGER", nullable: true),
                    IcmpType = table.Column<int>(type: "INTEGER", nullable: true),
                    IcmpCode = table.Column<int>(type: "INTEGER", nullable: true),
                    SourceCidrs = table.Column<string>(type: "TEXT", maxLength: 4096, nullable: true),
                    DestinationCidrs = table.Column<string>(type: "TEXT", maxLength: 4096, nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ForDisplay = table.Column<bool>(type: "INTEGER", nullable: false),
                    VmId = table.Column<long>(type: "INTEGER", nullable: true),
                    VmGuestIp = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    PrivateStartPort = table.Column<int>(type: "INTEGER", nullable: true),
                    PrivateEndPort = table.Column<int>(type: "INTEGER", nullable: true),
                    RelatedRuleId = table.Column<long>(type: "INTEGER", nullable: true),
                    Created = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_firewall_rules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "guest_vlans",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PhysicalNetworkId = table.Column<long>(type: "INTEGER", nullable: false),
                    ZoneId = table.Column<long>(type: "INTEGER", nullable: false),
                    Vnet = table.Column<int>(type: "INTEGER", nullable: false),
                    NetworkId = table.Column<long>(type: "INTEGER", nullable: true),
                    AccountId = table.Column<long>(type: "INTEGER", nullable: true),
                    TakenAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_guest_vlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_guest_vlans_physical_networks_PhysicalNetworkId",
                        column: x => x.PhysicalNetworkId,
                        principalTable: "physical_networks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "network_offerings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uuid = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    DisplayText = table.Column<string>(type: "TEXT", maxLength: 4096, nullable: false),
                    TrafficType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    GuestType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Availability = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    IsDefault = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsSystem = table.Column<bool>(type: "INTEGER", nullable: false),
                    SpecifyVlan = table.Column<bool>(type: "INTEGER", nullable: false),
                    SpecifyIpRanges = table.Column<bool>(type: "INTEGER", nullable: false),
                    ConserveMode = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsPersistent = table.Column<bool>(type: "INTEGER", nullable: false),
                    EgressDefaultPolicy = table.Column<bool>(type: "INTEGER", nullable: false),
                    NetworkRate = table.Column<int>(type: "INTEGER", nullable: true),
                    ServiceOfferingId = table.Column<long>(type: "INTEGER", nullable: true),
                    Tags = table.Column<string>(type: "TEXT", maxLength: 4096, nullable: true),
                    ForVpc = table.Column<bool>(type: "INTEGER", nullable: false),
                    SourceNatType = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    RedundantRouter = table.Column<bool>(type: "INTEGER", nullable: false),
                    SupportsInternalLb = table.Column<bool>(type: "INTEGER", nullable: false),
                    SupportsPublicAccess = table.Column<bool>(type: "INTEGER", nullable: false),
                    KeepAliveEnabled = table.Column<bool>(type: "INTEGER", nullable: true),
                    MaxConnections = table.Column<int>(type: "INTEGER", nullable: true),
                    SortKey = table.Column<int>(type: "INTEGER", nullable: false),
                    InternetProtocol = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DomainIds = table.Column<string>(type: "TEXT", maxLength: 4096, nullable: true),
                    ZoneIds = table.Column<string>(type: "TEXT", maxLength: 4096, nullable: true),
                    Created = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Removed = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_network_offerings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "public_ip_addresses",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uuid = table.Column<Guid>(type: "TEXT", nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ZoneId = table.Column<long>(type: "INTEGER", nullable: false),
                    VlanIpRangeId = table.Column<long>(type: "INTEGER", nullable: false),
                    PhysicalNetworkId = table.Column<long>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    AccountId = table.Column<long>(type: "INTEGER", nullable: true),
                    DomainId = table.Column<long>(type: "INTEGER", nullable: true),
                    AllocatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    NetworkId = table.Column<long>(type: "INTEGER", nullable: true),
                    IsSourceNat = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsSystem = table.Column<bool>(type: "INTEGER", nullable: false),
                    ForDisplay = table.Column<bool>(type: "INTEGER", nullable: false),
                    StaticNatVmId = table.Column<long>(type: "INTEGER", nullable: true),
                    StaticNatVmIp = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_public_ip_addresses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_public_ip_addresses_vlan_ip_ranges_VlanIpRangeId",
                        column: x => x.VlanIpRangeId,
                        principalTable: "vlan_ip_ranges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "routers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uuid = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    NetworkId = table.Column<long>(type: "INTEGER", nullable: false),
                    ZoneId = table.Column<long>(type: "INTEGER", nullable: false),
                    PodId = table.Column<long>(type: "INTEGER", nullable: true),
                    HostId = table.Column<long>(type: "INTEGER", nullable: true),
                    AccountId = table.Column<long>(type: "INTEGER", nullable: false),
                    DomainId = table.Column<long>(type: "INTEGER", nullable: false),
                    ServiceOfferingId = table.Column<long>(type: "INTEGER", nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RedundantState = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    IsRedundant = table.Column<bool>(type: "INTEGER", nullable: false),
                    GuestIpAddress = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    GuestMacAddress = table.Column<string>(type: "TEXT", maxLength: 17, nullable: true),
                    PublicIpAddress = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    LinkLocalIp = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Version = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ConfigVersion = table.Column<long>(type: "INTEGER", nullable: false),
                    AppliedConfigVersion = table.Column<long>(type: "INTEGER", nullable: false),
                    AppliedConfig = table.Column<string>(type: "TEXT", nullable: true),
                    Created = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Removed = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_routers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "network_offering_services",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OfferingId = table.Column<long>(type: "INTEGER", nullable: false),
                    Service = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Provider = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_network_offering_services", x => x.Id);
                    table.ForeignKey(
                        name: "FK_network_offering_services_network_offerings_OfferingId",
                        column: x => x.OfferingId,
                        principalTable: "network_offerings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_vlan_ip_ranges_NetworkId",
                table: "vlan_ip_ranges",
                column: "NetworkId");

            migrationBuilder.CreateIndex(
                name: "IX_networks_NetworkOfferingId",
                table: "networks",
                column: "NetworkOfferingId");

            migrationBuilder.CreateIndex(
                name: "IX_firewall_rules_IpAddressId",
                table: "firewall_rules",
                column: "IpAddressId");

            migrationBuilder.CreateIndex(
                name: "IX_firewall_rules_NetworkId",
                table: "firewall_rules",
                column: "NetworkId");

            migrationBuilder.CreateIndex(
                name: "IX_firewall_rules_Uuid",
                table: "firewall_rules",
                column: "Uuid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_firewall_rules_VmId",
                table: "firewall_rules",
                column: "VmId");

            migrationBuilder.CreateIndex(
                name: "IX_guest_vlans_NetworkId",
                table: "guest_vlans",
                column: "NetworkId");

            migrationBuilder.CreateIndex(
                name: "IX_guest_vlans_PhysicalNetworkId_Vnet",
                table: "guest_vlans",
                columns: new[] { "PhysicalNetworkId", "Vnet" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_network_offering_services_OfferingId_Service",
                table: "network_offering_services",
                columns: new[] { "OfferingId", "Service" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_network_offerings_Uuid",
                table: "network_offerings",
                column: "Uuid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_public_ip_addresses_AccountId",
                table: "public_ip_addresses",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_public_ip_addresses_NetworkId",
                table: "public_ip_addresses",
                column: "NetworkId");

            migrationBuilder.CreateIndex(
                name: "IX_public_ip_addresses_Uuid",
                table: "public_ip_addresses",
                column: "Uuid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_public_ip_addresses_VlanIpRangeId",
                table: "public_ip_addresses",
                column: "VlanIpRangeId");

            migrationBuilder.CreateIndex(
                name: "IX_public_ip_addresses_ZoneId_Address",
                table: "public_ip_addresses",
                columns: new[] { "ZoneId", "Address" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_public_ip_addresses_ZoneId_State",
                table: "public_ip_addresses",
                columns: new[] { "ZoneId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_routers_HostId",
                table: "routers",
                column: "HostId");

            migrationBuilder.CreateIndex(
                name: "IX_routers_NetworkId",
                table: "routers",
                column: "NetworkId");

            migrationBuilder.CreateIndex(
                name: "IX_routers_Uuid",
                table: "routers",
                column: "Uuid",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "firewall_rules");

            migrationBuilder.DropTable(
                name: "guest_vlans");

            migrationBuilder.DropTable(
                name: "network_offering_services");

            migrationBuilder.DropTable(
                name: "public_ip_addresses");

            migrationBuilder.DropTable(
                name: "routers");

            migrationBuilder.DropTable(
                name: "network_offerings");

            migrationBuilder.DropIndex(
                name: "IX_vlan_ip_ranges_NetworkId",
                table: "vlan_ip_ranges");

            migrationBuilder.DropIndex(
                name: "IX_networks_NetworkOfferingId",
                table: "networks");

            migrationBuilder.DropColumn(
                name: "NetworkId",
                table: "vlan_ip_ranges");

            migrationBuilder.DropColumn(
                name: "DisplayNetwork",
                table: "networks");

            migrationBuilder.DropColumn(
                name: "Dns1",
                table: "networks");

            migrationBuilder.DropColumn(
                name: "Dns2",
                table: "networks");

            migrationBuilder.DropColumn(
                name: "NetworkOfferingId",
                table: "networks");

            migrationBuilder.DropColumn(
                name: "RestartRequired",
                table: "networks");

            migrationBuilder.DropColumn(
                name: "SubdomainAccess",
                table: "networks");

            migrationBuilder.AlterColumn<string>(
                name: "Netmask",
                table: "nics",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 64,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Ipv4Address",
                table: "nics",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 64,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Gateway",
                table: "nics",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 64,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Netmask",
                table: "networks",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 64,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Gateway",
                table: "networks",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 64,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Cidr",
                table: "networks",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 64,
                oldNullable: true);
        }
    }
}
