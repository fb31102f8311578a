using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SharpStack.Data.Migrations.Sqlite
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uuid = table.Column<Guid>(type: "TEXT", nullable: false),
                    VolumeId = table.Column<long>(type: "INTEGER", nullable: false),
                    Interval = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Schedule = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Timezone = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    MaxSnaps = table.Column<int>(type: "INTEGER", nullable: false),
                    ForDisplay = table.Column<bool>(type: "INTEGER", nullable: false),
                    NextRun = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Created = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Removed = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_snapshot_policies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "snapshots",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uuid = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    AccountId = table.Column<long>(type: "INTEGER", nullable: false),
                    DomainId = table.Column<long>(type: "INTEGER", nullable: false),
                    ZoneId = table.Column<long>(type: "INTEGER", nullable: false),
                    VolumeId = table.Column<long>(type: "INTEGER", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    VirtualSizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    PhysicalSizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    ImageStoreId = table.Column<long>(type: "INTEGER", nullable: true),
                    InstallPath = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    PolicyId = table.Column<long>(type: "INTEGER", nullable: true),
                    Created = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Removed = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_snapshots", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "vm_snapshots",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uuid = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4096, nullable: true),
                    VmId = table.Column<long>(type: "INTEGER", nullable: false),
                    AccountId = table.Column<long>(type: "INTEGER", nullable: false),
                    DomainId = table.Column<long>(type: "INTEGER", nullable: false),
                    ZoneId = table.Column<long>(type: "INTEGER", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Current = table.Column<bool>(type: "INTEGER", nullable: false),
                    ParentId = table.Column<long>(type: "INTEGER", nullable: true),
                    Created = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Removed = table.Column<DateTime>(type: "TEXT", nullable: true)
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
