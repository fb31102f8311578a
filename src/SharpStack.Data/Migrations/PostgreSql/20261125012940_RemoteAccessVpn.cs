using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SharpStack.Data.Migrations.PostgreSql
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Uuid = table.Column<Guid>(type: "uuid", nullable: false),
                    IpAddressId = table.Column<long>(type: "bigint", nullable: false),
                    NetworkId = table.Column<long>(type: "bigint", nullable: false),
                    AccountId = table.Column<long>(type: "bigint", nullable: false),
                    DomainId = table.Column<long>(type: "bigint", nullable: false),
                    IpRange = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    PresharedKey = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    State = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ForDisplay = table.Column<bool>(type: "boolean", nullable: false),
                    Created = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Uuid = table.Column<Guid>(type: "uuid", nullable: false),
                    AccountId = table.Column<long>(type: "bigint", nullable: false),
                    DomainId = table.Column<long>(type: "bigint", nullable: false),
                    Username = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    Password = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    State = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Created = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
