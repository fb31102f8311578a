using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SharpStack.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Vpcs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<long>(
                name: "NetworkId",
                table: "routers",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "INTEGER");

            migrationBuilder.AddColumn<long>(
                name: "VpcId",
                table: "routers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "VpcId",
                table: "public_ip_addresses",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "NetworkAclId",
                table: "networks",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "VpcId",
                table: "networks",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "network_acls",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uuid = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4096, nullable: true),
                    VpcId = table.Column<long>(type: "INTEGER", nullable: true),
                    ForDisplay = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_network_acls", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "s2s_customer_gateways",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uuid = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Gateway = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Cidrs = table.Column<string>(type: "TEXT", maxLength: 4096, nullable: false),
                    IpsecPsk = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: false),
                    IkePolicy = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    EspPolicy = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    IkeLifetime = table.Column<long>(type: "INTEGER", nullable: false),
                    EspLifetime = table.Column<long>(type: "INTEGER", nullable: false),
                    Dpd = table.Column<bool>(type: "INTEGER", nullable: false),
                    ForceEncap = table.Column<bool>(type: "INTEGER", nullable: false),
                    IkeVersion = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    SplitConnections = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccountId = table.Column<long>(type: "INTEGER", nullable: false),
                    DomainId = table.Column<long>(type: "INTEGER", nullable: false),
                    Created = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Removed = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_s2s_customer_gateways", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "s2s_vpn_connections",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uuid = table.Column<Guid>(type: "TEXT", nullable: false),
                    VpnGatewayId = table.Column<long>(type: "INTEGER", nullable: false),
                    CustomerGatewayId = table.Column<long>(type: "INTEGER", nullable: false),
                    AccountId = table.Column<long>(type: "INTEGER", nullable: false),
                    DomainId = table.Column<long>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Passive = table.Column<bool>(type: "INTEGER", nullable: false),
                    ForDisplay = table.Column<bool>(type: "INTEGER", nullable: false),
                    Created = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Removed = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_s2s_vpn_connections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "s2s_vpn_gateways",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uuid = table.Column<Guid>(type: "TEXT", nullable: false),
                    VpcId = table.Column<long>(type: "INTEGER", nullable: false),
                    IpAddressId = table.Column<long>(type: "INTEGER", nullable: false),
                    AccountId = table.Column<long>(type: "INTEGER", nullable: false),
                    DomainId = table.Column<long>(type: "INTEGER", nullable: false),
                    ForDisplay = table.Column<bool>(type: "INTEGER", nullable: false),
                    Created = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Removed = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_s2s_vpn_gateways", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "static_routes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uuid = table.Column<Guid>(type: "TEXT", nullable: false),
                    VpcId = table.Column<long>(type: "INTEGER", nullable: false),
                    GatewayId = table.Column<long>(type: "INTEGER", nullable: true),
                    NextHop = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Cidr = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AccountId = table.Column<long>(type: "INTEGER", nullable: false),
                    DomainId = table.Column<long>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Created = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_static_routes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "vpc_gateways",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uuid = table.Column<Guid>(type: "TEXT", nullable: false),
                    VpcId = table.Column<long>(type: "INTEGER", nullable: false),
                    ZoneId = table.Column<long>(type: "INTEGER", nullable: false),
                    PhysicalNetworkId = table.Column<long>(type: "INTEGER", nullable: true),
                    AccountId = table.Column<long>(type: "INTEGER", nullable: false),
                    DomainId = table.Column<long>(type: "INTEGER", nullable: false),
                    IpAddress = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Gateway = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Netmask = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    BroadcastUri = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    SourceNatSupported = table.Column<bool>(type: "INTEGER", nullable: false),
                    AclId = table.Column<long>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Created = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Removed = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_vpc_gateways", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "vpc_offerings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uuid = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    DisplayText = table.Column<string>(type: "TEXT", maxLength: 4096, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    IsDefault = table.Column<bool>(type: "INTEGER", nullable: false),
                    RedundantRouter = table.Column<bool>(type: "INTEGER", nullable: false),
                    ServiceOfferingId = table.Column<long>(type: "INTEGER", nullable: true),
                    InternetProtocol = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DomainIds = table.Column<string>(type: "TEXT", maxLength: 4096, nullable: true),
                    ZoneIds = table.Column<string>(type: "TEXT", maxLength: 4096, nullable: true),
                    SortKey = table.Column<int>(type: "INTEGER", nullable: false),
                    Created = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Removed = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_vpc_offerings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "vpcs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uuid = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    DisplayText = table.Column<string>(type: "TEXT", maxLength: 4096, nullable: false),
                    Cidr = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ZoneId = table.Column<long>(type: "INTEGER", nullable: false),
                    AccountId = table.Column<long>(type: "INTEGER", nullable: false),
                    DomainId = table.Column<long>(type: "INTEGER", nullable: false),
                    VpcOfferingId = table.Column<long>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    NetworkDomain = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    Dns1 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Dns2 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    PublicMtu = table.Column<int>(type: "INTEGER", nullable: true),
                    RestartRequired = table.Column<bool>(type: "INTEGER", nullable: false),
                    Redundant = table.Column<bool>(type: "INTEGER", nullable: false),
                    Display = table.Column<bool>(type: "INTEGER", nullable: false),
                    Created = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Removed = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_vpcs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "network_acl_items",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uuid = table.Column<Guid>(type: "TEXT", nullable: false),
                    AclId = table.Column<long>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Protocol = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    StartPort = table.Column<int>(type: "INTEGER", nullable: true),
                    EndPort = table.Column<int>(type: "INTEGER", nullable: true),
                    IcmpType = table.Column<int>(type: "INTEGER", nullable: true),
                    IcmpCode = table.Column<int>(type: "INTEGER", nullable: true),
                    Cidrs = table.Column<string>(type: "TEXT", maxLength: 4096, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    TrafficType = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    ForDisplay = table.Column<bool>(type: "INTEGER", nullable: false),
                    Created = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_network_acl_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_network_acl_items_network_acls_AclId",
                        column: x => x.AclId,
                        principalTable: "network_acls",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "vpc_offering_services",
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
                    table.PrimaryKey("PK_vpc_offering_services", x => x.Id);
                    table.ForeignKey(
                        name: "FK_vpc_offering_services_vpc_offerings_OfferingId",
                        column: x => x.OfferingId,
                        principalTable: "vpc_offerings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_routers_VpcId",
                table: "routers",
                column: "VpcId");

            migrationBuilder.CreateIndex(
                name: "IX_public_ip_addresses_VpcId",
                table: "public_ip_addresses",
                column: "VpcId");

            migrationBuilder.CreateIndex(
                name: "IX_networks_VpcId",
                table: "networks",
                column: "VpcId");

            migrationBuilder.CreateIndex(
                name: "IX_network_acl_items_AclId_Number",
                table: "network_acl_items",
                columns: new[] { "AclId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_network_acl_items_Uuid",
                table: "network_acl_items",
                column: "Uuid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_network_acls_Uuid",
                table: "network_acls",
                column: "Uuid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_network_acls_VpcId",
                table: "network_acls",
                column: "VpcId");

            migrationBuilder.CreateIndex(
                name: "IX_s2s_customer_gateways_AccountId",
                table: "s2s_customer_gateways",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_s2s_customer_gateways_Uuid",
                table: "s2s_customer_gateways",
                column: "Uuid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_s2s_vpn_connections_CustomerGatewayId",
                table: "s2s_vpn_connections",
                column: "CustomerGatewayId");

            migrationBuilder.CreateIndex(
                name: "IX_s2s_vpn_connections_Uuid",
                table: "s2s_vpn_connections",
                column: "Uuid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_s2s_vpn_connections_VpnGatewayId",
                table: "s2s_vpn_connections",
                column: "VpnGatewayId");

            migrationBuilder.CreateIndex(
                name: "IX_s2s_vpn_gateways_Uuid",
                table: "s2s_vpn_gateways",
                column: "Uuid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_s2s_vpn_gateways_VpcId",
                table: "s2s_vpn_gateways",
                column: "VpcId");

            migrationBuilder.CreateIndex(
                name: "IX_static_routes_Uuid",
                table: "static_routes",
                column: "Uuid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_static_routes_VpcId",
                table: "static_routes",
                column: "VpcId");

            migrationBuilder.CreateIndex(
                name: "IX_vpc_gateways_Uuid",
                table: "vpc_gateways",
                column: "Uuid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_vpc_gateways_VpcId",
                table: "vpc_gateways",
                column: "VpcId");

            migrationBuilder.CreateIndex(
                name: "IX_vpc_offering_services_OfferingId_Service",
                table: "vpc_offering_services",
                columns: new[] { "OfferingId", "Service" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_vpc_offerings_Uuid",
                table: "vpc_offerings",
                column: "Uuid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_vpcs_AccountId",
                table: "vpcs",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_vpcs_Uuid",
                table: "vpcs",
                column: "Uuid",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "network_acl_items");

            migrationBuilder.DropTable(
                name: "s2s_customer_gateways");

            migrationBuilder.DropTable(
                name: "s2s_vpn_connections");

            migrationBuilder.DropTable(
                name: "s2s_vpn_gateways");

            migrationBuilder.DropTable(
                name: "static_routes");

            migrationBuilder.DropTable(
                name: "vpc_gateways");

            migrationBuilder.DropTable(
                name: "vpc_offering_services");

            migrationBuilder.DropTable(
                name: "vpcs");

            migrationBuilder.DropTable(
                name: "network_acls");

            migrationBuilder.DropTable(
                name: "vpc_offerings");

            migrationBuilder.DropIndex(
                name: "IX_routers_VpcId",
                table: "routers");

            migrationBuilder.DropIndex(
                name: "IX_public_ip_addresses_VpcId",
                table: "public_ip_addresses");

            migrationBuilder.DropIndex(
                name: "IX_networks_VpcId",
                table: "networks");

            migrationBuilder.DropColumn(
                name: "VpcId",
                table: "routers");

            migrationBuilder.DropColumn(
                name: "VpcId",
                table: "public_ip_addresses");

            migrationBuilder.DropColumn(
                name: "NetworkAclId",
                table: "networks");

            migrationBuilder.DropColumn(
                name: "VpcId",
                table: "networks");

            migrationBuilder.AlterColumn<long>(
                name: "NetworkId",
                table: "routers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L,
                oldClrType: typeof(long),
                oldType: "INTEGER",
                oldNullable: true);
        }
    }
}
