using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SharpStack.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class NicSecondaryIps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "nic_secondary_ips",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uuid = table.Column<Guid>(type: "TEXT", nullable: false),
                    NicId = table.Column<long>(type: "INTEGER", nullable: false),
                    VmId = table.Column<long>(type: "INTEGER", nullable: false),
                    NetworkId = table.Column<long>(type: "INTEGER", nullable: false),
                    Ipv4Address = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AccountId = table.Column<long>(type: "INTEGER", nullable: false),
                    DomainId = table.Column<long>(type: "INTEGER", nullable: false),
                    Created = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_nic_secondary_ips", x => x.Id);
                    table.ForeignKey(
                        name: "FK_nic_secondary_ips_networks_NetworkId",
                        column: x => x.NetworkId,
                        principalTable: "networks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_nic_secondary_ips_nics_NicId",
                        column: x => x.NicId,
                        principalTable: "nics",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_nic_secondary_ips_NetworkId_Ipv4Address",
                table: "nic_secondary_ips",
                columns: new[] { "NetworkId", "Ipv4Address" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_nic_secondary_ips_NicId",
                table: "nic_secondary_ips",
                column: "NicId");

            migrationBuilder.CreateIndex(
                name: "IX_nic_secondary_ips_Uuid",
                table: "nic_secondary_ips",
                column: "Uuid",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "nic_secondary_ips");
        }
    }
}
