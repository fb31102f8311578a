using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SharpStack.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Snapshots : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "snapshot_policies",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Uuid = table.Column<Guid>(type: "uuid", nullable: false),
                    VolumeId = table.Column<long>(type: "bigint", nullable: false),
                    Interval = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Schedule = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Timezone = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    MaxSnaps = table.Column<int>(type: "integer", nullable: false),
                    ForDisplay = table.Column<bool>(type: "boolean", nullable: false),
                    NextRun = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Created = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Removed = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_snapshot_policies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "snapshots",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Uuid = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    AccountId = table.Column<long>(type: "bigint", nullable: false),
                    DomainId = table.Column<long>(type: "bigint", nullable: false),
                    ZoneId = table.Column<long>(type: "bigint", nullable: false),
                    VolumeId = table.Column<long>(type: "bigint", nullable: false),
                    Type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    State = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    VirtualSizeBytes = table.Column<long>(type: "bigint", nullable: false),
                    PhysicalSizeBytes = table.Column<long>(type: "bigint", nullable: false),
                    ImageStoreId = table.Column<long>(type: "bigint", nullable: true),
                    InstallPath = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: true),
                    PolicyId = table.Column<long>(type: "bigint", nullable: true),
                    Created = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Removed = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_snapshots", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "vm_snapshots",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Uuid = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    Description = table.Column<string>(type: "character varying(4096)", maxLength: 4096, nullable: true),
                    VmId = table.Column<long>(type: "bigint", nullable: false),
                    AccountId = table.Column<long>(type: "bigint", nullable: false),
                    DomainId = table.Column<long>(type: "bigint", nullable: false),
                    ZoneId = table.Column<long>(type: "bigint", nullable: false),
                    Type = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    State = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Current = table.Column<bool>(type: "boolean", nullable: false),
                    ParentId = table.Column<long>(type: "bigint", nullable: true),
                    Created = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Removed = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_vm_snapshots", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_snapshot_policies_NextRun",
                table: "snapshot_policies",
                column: "NextRun");

            migrationBuilder.CreateIndex(
                name: "IX_snapshot_policies_Uuid",
                table: "snapshot_policies",
                column: "Uuid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_snapshot_policies_VolumeId",
                table: "snapshot_policies",
                column: "VolumeId");

            migrationBuilder.CreateIndex(
                name: "IX_snapshots_AccountId_State",
                table: "snapshots",
                columns: new[] { "AccountId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_snapshots_PolicyId",
                table: "snapshots",
                column: "PolicyId");

            migrationBuilder.CreateIndex(
                name: "IX_snapshots_Uuid",
                table: "snapshots",
                column: "Uuid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_snapshots_VolumeId",
                table: "snapshots",
                column: "VolumeId");

            migrationBuilder.CreateIndex(
                name: "IX_vm_snapshots_Uuid",
                table: "vm_snapshots",
                column: "Uuid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_vm_snapshots_VmId",
                table: "vm_snapshots",
                column: "VmId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "snapshot_policies");

            migrationBuilder.DropTable(
                name: "snapshots");

            migrationBuilder.DropTable(
                name: "vm_snapshots");
        }
    }
}
