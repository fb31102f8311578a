using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SharpStack.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RemoteAccessVpn : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "remote_access_vpns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uuid = table.Column<Guid>(type: "TEXT", nullable: false),
                    IpAddressId = table.Column<long>(type: "INTEGER", nullable: false),
                    NetworkId = table.Column<long>(type: "INTEGER", nullable: false),
                    AccountId = table.Column<long>(type: "INTEGER", nullable: false),
                    DomainId = table.Column<long>(type: "INTEGER", nullable: false),
                    IpRange = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PresharedKey = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ForDisplay = table.Column<bool>(type: "INTEGER", nullable: false),
                    Created = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_remote_access_vpns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_remote_access_vpns_public_ip_addresses_IpAddressId",
                        column: x => x.IpAddressId,
                        principalTable: "public_ip_addresses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "vpn_users",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uuid = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccountId = table.Column<long>(type: "INTEGER", nullable: false),
                    DomainId = table.Column<long>(type: "INTEGER", nullable: false),
                    Username = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Password = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Created = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_vpn_users", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_remote_access_vpns_IpAddressId",
                table: "remote_access_vpns",
                column: "IpAddressId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_remote_access_vpns_NetworkId",
                table: "remote_access_vpns",
                column: "NetworkId");

            migrationBuilder.CreateIndex(
                name: "IX_remote_access_vpns_Uuid",
                table: "remote_access_vpns",
                column: "Uuid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_vpn_users_AccountId_Username",
                table: "vpn_users",
                columns: new[] { "AccountId", "Username" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_vpn_users_Uuid",
                table: "vpn_users",
                column: "Uuid",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "remote_access_vpns");

            migrationBuilder.DropTable(
                name: "vpn_users");
        }
    }
}
