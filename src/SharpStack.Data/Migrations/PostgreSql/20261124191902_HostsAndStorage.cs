using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SharpStack.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class HostsAndStorage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "alerts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Uuid = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<short>(type: "smallint", nullable: false),
                    Name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Subject = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: false),
                    ZoneId = table.Column<long>(type: "bigint", nullable: false),
                    PodId = table.Column<long>(type: "bigint", nullable: true),
                    ClusterId = table.Column<long>(type: "bigint", nullable: true),
                    Archived = table.Column<bool>(type: "boolean", nullable: false),
                    Created = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_alerts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "capacity",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Type = table.Column<int>(type: "integer", maxLength: 32, nullable: false),
                    ZoneId = table.Column<long>(type: "bigint", nullable: false),
                    PodId = table.Column<long>(type: "bigint", nullable: true),
                    ClusterId = table.Column<long>(type: "bigint", nullable: true),
                    HostId = table.Column<long>(type: "bigint", nullable: true),
                    PoolId = table.Column<long>(type: "bigint", nullable: true),
                    Total = table.Column<long>(type: "bigint", nullable: false),
                    Used = table.Column<long>(type: "bigint", nullable: false),
                    Reserved = table.Column<long>(type: "bigint", nullable: false),
                    Enabled = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_capacity", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "hosts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Uuid = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    ZoneId = table.Column<long>(type: "bigint", nullable: false),
                    PodId = table.Column<long>(type: "bigint", nullable: false),
                    ClusterId = table.Column<long>(type: "bigint", nullable: false),
                    Hypervisor = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ResourceState = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    CpuSockets = table.Column<int>(type: "integer", nullable: false),
                    CpuNumber = table.Column<int>(type: "integer", nullable: false),
                    CpuSpeed = table.Column<long>(type: "bigint", nullable: false),
                    MemoryBytes = table.Column<long>(type: "bigint", nullable: false),
                    LocalStorageBytes = table.Column<long>(type: "bigint", nullable: false),
                    IpAddress = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Url = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: false),
                    HostTags = table.Column<string>(type: "character varying(4096)", maxLength: 4096, nullable: true),
                    Version = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Capabilities = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: false),
                    Arch = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    LastPinged = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Disconnected = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ManagementServerId = table.Column<long>(type: "bigint", nullable: true),
                    Created = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Removed = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hosts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_hosts_clusters_ClusterId",
                        column: x => x.ClusterId,
                        principalTable: "clusters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "image_stores",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Uuid = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    ZoneId = table.Column<long>(type: "bigint", nullable: true),
                    Url = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: false),
                    Protocol = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ProviderName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Scope = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ReadOnly = table.Column<bool>(type: "boolean", nullable: false),
                    CapacityBytes = table.Column<long>(type: "bigint", nullable: false),
                    UsedBytes = table.Column<long>(type: "bigint", nullable: false),
                    Created = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Removed = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_image_stores", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "simulator_mocks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ZoneId = table.Column<long>(type: "bigint", nullable: true),
                    PodId = table.Column<long>(type: "bigint", nullable: true),
                    ClusterId = table.Column<long>(type: "bigint", nullable: true),
                    HostId = table.Column<long>(type: "bigint", nullable: true),
                    Name = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Value = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: true),
                    JsonResponse = table.Column<string>(type: "character varying(4096)", maxLength: 4096, nullable: true),
                    Removed = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_simulator_mocks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "storage_pools",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Uuid = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    ZoneId = table.Column<long>(type: "bigint", nullable: false),
                    PodId = table.Column<long>(type: "bigint", nullable: true),
                    ClusterId = table.Column<long>(type: "bigint", nullable: true),
                    Scope = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    PoolType = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Url = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: false),
                    HostAddress = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    Path = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: false),
                    CapacityBytes = table.Column<long>(type: "bigint", nullable: false),
                    UsedBytes = table.Column<long>(type: "bigint", nullable: false),
                    Tags = table.Column<string>(type: "character varying(4096)", maxLength: 4096, nullable: true),
                    Hypervisor = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Created = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Removed = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_storage_pools", x => x.Id);
                    table.ForeignKey(
                        name: "FK_storage_pools_zones_ZoneId",
                        column: x => x.ZoneId,
                        principalTable: "zones",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_alerts_Created",
                table: "alerts",
                column: "Created");

            migrationBuilder.CreateIndex(
                name: "IX_alerts_Uuid",
                table: "alerts",
                column: "Uuid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_capacity_HostId",
                table: "capacity",
                column: "HostId");

            migrationBuilder.CreateIndex(
                name: "IX_capacity_PoolId",
                table: "capacity",
                column: "PoolId");

            migrationBuilder.CreateIndex(
                name: "IX_capacity_ZoneId_Type",
                table: "capacity",
                columns: new[] { "ZoneId", "Type" });

            migrationBuilder.CreateIndex(
                name: "IX_hosts_ClusterId",
                table: "hosts",
                column: "ClusterId");

            migrationBuilder.CreateIndex(
                name: "IX_hosts_Name",
                table: "hosts",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_hosts_Uuid",
                table: "hosts",
                column: "Uuid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_hosts_ZoneId_Status",
                table: "hosts",
                columns: new[] { "ZoneId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_image_stores_Uuid",
                table: "image_stores",
                column: "Uuid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_storage_pools_Uuid",
                table: "storage_pools",
                column: "Uuid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_storage_pools_ZoneId",
                table: "storage_pools",
                column: "ZoneId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "alerts");

            migrationBuilder.DropTable(
                name: "capacity");

            migrationBuilder.DropTable(
                name: "hosts");

            migrationBuilder.DropTable(
                name: "image_stores");

            migrationBuilder.DropTable(
                name: "simulator_mocks");

            migrationBuilder.DropTable(
                name: "storage_pools");
        }
    }
}
