using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SharpStack.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Instances : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "networks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uuid = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    DisplayText = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ZoneId = table.Column<long>(type: "INTEGER", nullable: false),
                    PhysicalNetworkId = table.Column<long>(type: "INTEGER", nullable: true),
                    AccountId = table.Column<long>(type: "INTEGER", nullable: false),
                    DomainId = table.Column<long>(type: "INTEGER", nullable: false),
                    GuestType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    TrafficType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    AclType = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Cidr = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Gateway = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Netmask = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    NetworkDomain = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    BroadcastUri = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DefaultKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Created = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Removed = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_networks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "resource_counts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OwnerType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    OwnerId = table.Column<long>(type: "INTEGER", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Count = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_resource_counts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "resource_limits",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OwnerType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    OwnerId = table.Column<long>(type: "INTEGER", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Max = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_resource_limits", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "vm_instances",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uuid = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstanceName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    AccountId = table.Column<long>(type: "INTEGER", nullable: false),
                    DomainId = table.Column<long>(type: "INTEGER", nullable: false),
                    UserId = table.Column<long>(type: "INTEGER", nullable: false),
                    ZoneId = table.Column<long>(type: "INTEGER", nullable: false),
                    PodId = table.Column<long>(type: "INTEGER", nullable: true),
                    HostId = table.Column<long>(type: "INTEGER", nullable: true),
                    LastHostId = table.Column<long>(type: "INTEGER", nullable: true),
                    ServiceOfferingId = table.Column<long>(type: "INTEGER", nullable: false),
                    TemplateId = table.Column<long>(type: "INTEGER", nullable: false),
                    GuestOsId = table.Column<long>(type: "INTEGER", nullable: false),
                    IsoId = table.Column<long>(type: "INTEGER", nullable: true),
                    Hypervisor = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CpuNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    CpuSpeed = table.Column<int>(type: "INTEGER", nullable: false),
                    Memory = table.Column<int>(type: "INTEGER", nullable: false),
                    HaEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    DisplayVm = table.Column<bool>(type: "INTEGER", nullable: false),
                    Password = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: true),
                    UserData = table.Column<string>(type: "TEXT", maxLength: 1048576, nullable: true),
                    KeyPairs = table.Column<string>(type: "TEXT", maxLength: 4096, nullable: true),
                    GroupName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    Details = table.Column<string>(type: "TEXT", maxLength: 65536, nullable: true),
                    Created = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DestroyedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Removed = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_vm_instances", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "volumes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uuid = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    AccountId = table.Column<long>(type: "INTEGER", nullable: false),
                    DomainId = table.Column<long>(type: "INTEGER", nullable: false),
                    ZoneId = table.Column<long>(type: "INTEGER", nullable: false),
                    PoolId = table.Column<long>(type: "INTEGER", nullable: true),
                    VmId = table.Column<long>(type: "INTEGER", nullable: true),
                    DeviceId = table.Column<long>(type: "INTEGER", nullable: true),
                    Type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    DiskOfferingId = table.Column<long>(type: "INTEGER", nullable: true),
                    TemplateId = table.Column<long>(type: "INTEGER", nullable: true),
                    Path = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    ProvisioningType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Created = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Attached = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Removed = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_volumes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "nics",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uuid = table.Column<Guid>(type: "TEXT", nullable: false),
                    VmId = table.Column<long>(type: "INTEGER", nullable: false),
                    NetworkId = table.Column<long>(type: "INTEGER", nullable: false),
                    Ipv4Address = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Netmask = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Gateway = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    MacAddress = table.Column<string>(type: "TEXT", maxLength: 17, nullable: true),
                    DeviceId = table.Column<int>(type: "INTEGER", nullable: false),
                    IsDefault = table.Column<bool>(type: "INTEGER", nullable: false),
                    Created = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_nics", x => x.Id);
                    table.ForeignKey(
                        name: "FK_nics_networks_NetworkId",
                        column: x => x.NetworkId,
                        principalTable: "networks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_nics_vm_instances_VmId",
                        column: x => x.VmId,
                        principalTable: "vm_instances",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_networks_AccountId_ZoneId",
                table: "networks",
                columns: new[] { "AccountId", "ZoneId" });

            migrationBuilder.CreateIndex(
                name: "IX_networks_DefaultKey",
                table: "networks",
                column: "DefaultKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_networks_Uuid",
                table: "networks",
                column: "Uuid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_nics_MacAddress",
                table: "nics",
                column: "MacAddress",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_nics_NetworkId_Ipv4Address",
                table: "nics",
                columns: new[] { "NetworkId", "Ipv4Address" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_nics_Uuid",
                table: "nics",
                column: "Uuid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_nics_VmId",
                table: "nics",
                column: "VmId");

            migrationBuilder.CreateIndex(
                name: "IX_resource_counts_OwnerType_OwnerId_Type",
                table: "resource_counts",
                columns: new[] { "OwnerType", "OwnerId", "Type" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_resource_limits_OwnerType_OwnerId_Type",
                table: "resource_limits",
                columns: new[] { "OwnerType", "OwnerId", "Type" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_vm_instances_AccountId_State",
                table: "vm_instances",
                columns: new[] { "AccountId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_vm_instances_HostId",
                table: "vm_instances",
                column: "HostId");

            migrationBuilder.CreateIndex(
                name: "IX_vm_instances_InstanceName",
                table: "vm_instances",
                column: "InstanceName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_vm_instances_Uuid",
                table: "vm_instances",
                column: "Uuid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_vm_instances_ZoneId_State",
                table: "vm_instances",
                columns: new[] { "ZoneId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_volumes_AccountId_State",
                table: "volumes",
                columns: new[] { "AccountId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_volumes_PoolId",
                table: "volumes",
                column: "PoolId");

            migrationBuilder.CreateIndex(
                name: "IX_volumes_Uuid",
                table: "volumes",
                column: "Uuid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_volumes_VmId",
                table: "volumes",
                column: "VmId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "nics");

            migrationBuilder.DropTable(
                name: "resource_counts");

            migrationBuilder.DropTable(
                name: "resource_limits");

            migrationBuilder.DropTable(
                name: "volumes");

            migrationBuilder.DropTable(
                name: "networks");

            migrationBuilder.DropTable(
                name: "vm_instances");
        }
    }
}
