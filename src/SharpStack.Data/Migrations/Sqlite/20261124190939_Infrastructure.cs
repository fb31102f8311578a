using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SharpStack.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Infrastructure : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "zones",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uuid = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    Dns1 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Dns2 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Ip6Dns1 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Ip6Dns2 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    InternalDns1 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    InternalDns2 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    GuestCidr = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    NetworkDomain = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    DomainId = table.Column<long>(type: "INTEGER", nullable: true),
                    NetworkType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SecurityGroupsEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LocalStorageEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AllocationState = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RegistrationToken = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Created = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Removed = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_zones", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "physical_networks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uuid = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ZoneId = table.Column<long>(type: "INTEGER", nullable: false),
                    Vlan = table.Column<string>(type: "TEXT", maxLength: 4096, nullable: true),
                    IsolationMethods = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Tags = table.Column<string>(type: "TEXT", maxLength: 4096, nullable: true),
                    BroadcastDomainRange = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    NetworkSpeed = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    DomainId = table.Column<long>(type: "INTEGER", nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Created = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Removed = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_physical_networks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_physical_networks_zones_ZoneId",
                        column: x => x.ZoneId,
                        principalTable: "zones",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "pods",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uuid = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ZoneId = table.Column<long>(type: "INTEGER", nullable: false),
                    Gateway = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Netmask = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StartIp = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    EndIp = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    AllocationState = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Created = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Removed = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pods", x => x.Id);
                    table.ForeignKey(
                        name: "FK_pods_zones_ZoneId",
                        column: x => x.ZoneId,
                        principalTable: "zones",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "network_service_providers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uuid = table.Column<Guid>(type: "TEXT", nullable: false),
                    PhysicalNetworkId = table.Column<long>(type: "INTEGER", nullable: false),
                    DestinationPhysicalNetworkId = table.Column<long>(type: "INTEGER", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Services = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_network_service_providers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_network_service_providers_physical_networks_PhysicalNetworkId",
                        column: x => x.PhysicalNetworkId,
                        principalTable: "physical_networks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "traffic_types",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uuid = table.Column<Guid>(type: "TEXT", nullable: false),
                    PhysicalNetworkId = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    KvmLabel = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    XenLabel = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    VmwareLabel = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    HypervLabel = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    Ovm3Label = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    Vlan = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_traffic_types", x => x.Id);
                    table.ForeignKey(
                        name: "FK_traffic_types_physical_networks_PhysicalNetworkId",
                        column: x => x.PhysicalNetworkId,
                        principalTable: "physical_networks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "vlan_ip_ranges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uuid = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<long>(type: "INTEGER", nullable: false),
                    PodId = table.Column<long>(type: "INTEGER", nullable: true),
                    PhysicalNetworkId = table.Column<long>(type: "INTEGER", nullable: false),
                    Vlan = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Gateway = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Netmask = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StartIp = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EndIp = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ForVirtualNetwork = table.Column<bool>(type: "INTEGER", nullable: false),
                    ForSystemVms = table.Column<bool>(type: "INTEGER", nullable: false),
                    DomainId = table.Column<long>(type: "INTEGER", nullable: true),
                    AccountId = table.Column<long>(type: "INTEGER", nullable: true),
                    Created = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Removed = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_vlan_ip_ranges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_vlan_ip_ranges_physical_networks_PhysicalNetworkId",
                        column: x => x.PhysicalNetworkId,
                        principalTable: "physical_networks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_vlan_ip_ranges_zones_ZoneId",
                        column: x => x.ZoneId,
                        principalTable: "zones",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "clusters",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uuid = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ZoneId = table.Column<long>(type: "INTEGER", nullable: false),
                    PodId = table.Column<long>(type: "INTEGER", nullable: false),
                    Hypervisor = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ClusterType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Arch = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    AllocationState = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ManagedState = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Created = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Removed = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_clusters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_clusters_pods_PodId",
                        column: x => x.PodId,
                        principalTable: "pods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_clusters_zones_ZoneId",
                        column: x => x.ZoneId,
                        principalTable: "zones",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "virtual_router_elements",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uuid = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProviderId = table.Column<long>(type: "INTEGER", nullable: false),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_virtual_router_elements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_virtual_router_elements_network_service_providers_ProviderId",
                        column: x => x.ProviderId,
                        principalTable: "network_service_providers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_clusters_PodId",
                table: "clusters",
                column: "PodId");

            migrationBuilder.CreateIndex(
                name: "IX_clusters_Uuid",
                table: "clusters",
                column: "Uuid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_clusters_ZoneId",
                table: "clusters",
                column: "ZoneId");

            migrationBuilder.CreateIndex(
                name: "IX_network_service_providers_PhysicalNetworkId_Name",
                table: "network_service_providers",
                columns: new[] { "PhysicalNetworkId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_network_service_providers_Uuid",
                table: "network_service_providers",
                column: "Uuid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_physical_networks_Uuid",
                table: "physical_networks",
                column: "Uuid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_physical_networks_ZoneId",
                table: "physical_networks",
                column: "ZoneId");

            migrationBuilder.CreateIndex(
                name: "IX_pods_Uuid",
                table: "pods",
                column: "Uuid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_pods_ZoneId",
                table: "pods",
                column: "ZoneId");

            migrationBuilder.CreateIndex(
                name: "IX_traffic_types_PhysicalNetworkId_Kind",
                table: "traffic_types",
                columns: new[] { "PhysicalNetworkId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_traffic_types_Uuid",
                table: "traffic_types",
                column: "Uuid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_virtual_router_elements_ProviderId",
                table: "virtual_router_elements",
                column: "ProviderId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_virtual_router_elements_Uuid",
                table: "virtual_router_elements",
                column: "Uuid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_vlan_ip_ranges_PhysicalNetworkId",
                table: "vlan_ip_ranges",
                column: "PhysicalNetworkId");

            migrationBuilder.CreateIndex(
                name: "IX_vlan_ip_ranges_Uuid",
                table: "vlan_ip_ranges",
                column: "Uuid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_vlan_ip_ranges_ZoneId",
                table: "vlan_ip_ranges",
                column: "ZoneId");

            migrationBuilder.CreateIndex(
                name: "IX_zones_RegistrationToken",
                table: "zones",
                column: "RegistrationToken",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_zones_Uuid",
                table: "zones",
                column: "Uuid",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "clusters");

            migrationBuilder.DropTable(
                name: "traffic_types");

            migrationBuilder.DropTable(
                name: "virtual_router_elements");

            migrationBuilder.DropTable(
                name: "vlan_ip_ranges");

            migrationBuilder.DropTable(
                name: "pods");

            migrationBuilder.DropTable(
                name: "network_service_providers");

            migrationBuilder.DropTable(
                name: "physical_networks");

            migrationBuilder.DropTable(
                name: "zones");
        }
    }
}
