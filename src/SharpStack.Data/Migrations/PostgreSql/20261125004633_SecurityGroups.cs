using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SharpStack.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class SecurityGroups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "security_group_rule_sets",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    VmId = table.Column<long>(type: "bigint", nullable: false),
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    AppliedSequence = table.Column<long>(type: "bigint", nullable: false),
                    Applied = table.Column<string>(type: "text", nullable: true),
                    AppliedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_security_group_rule_sets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_security_group_rule_sets_vm_instances_VmId",
                        column: x => x.VmId,
                        principalTable: "vm_instances",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "security_groups",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Uuid = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    Description = table.Column<string>(type: "character varying(4096)", maxLength: 4096, nullable: true),
                    AccountId = table.Column<long>(type: "bigint", nullable: false),
                    DomainId = table.Column<long>(type: "bigint", nullable: false),
                    Created = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_security_groups", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "security_group_members",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    GroupId = table.Column<long>(type: "bigint", nullable: false),
                    VmId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_security_group_members", x => x.Id);
                    table.ForeignKey(
                        name: "FK_security_group_members_security_groups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "security_groups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_security_group_members_vm_instances_VmId",
                        column: x => x.VmId,
                        principalTable: "vm_instances",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "security_group_rules",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Uuid = table.Column<Guid>(type: "uuid", nullable: false),
                    SecurityGroupId = table.Column<long>(type: "bigint", nullable: false),
                    Type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Protocol = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    StartPortOrType = table.Column<int>(type: "integer", nullable: false),
                    EndPortOrCode = table.Column<int>(type: "integer", nullable: false),
                    Cidr = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    AllowedGroupId = table.Column<long>(type: "bigint", nullable: true),
                    Created = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_security_group_rules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_security_group_rules_security_groups_AllowedGroupId",
                        column: x => x.AllowedGroupId,
                        principalTable: "security_groups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_security_group_rules_security_groups_SecurityGroupId",
                        column: x => x.SecurityGroupId,
                        principalTable: "security_groups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_security_group_members_GroupId_VmId",
                table: "security_group_members",
                columns: new[] { "GroupId", "VmId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_security_group_members_VmId",
                table: "security_group_members",
                column: "VmId");

            migrationBuilder.CreateIndex(
                name: "IX_security_group_rule_sets_VmId",
                table: "security_group_rule_sets",
                column: "VmId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_security_group_rules_AllowedGroupId",
                table: "security_group_rules",
                column: "AllowedGroupId");

            migrationBuilder.CreateIndex(
                name: "IX_security_group_rules_SecurityGroupId",
                table: "security_group_rules",
                column: "SecurityGroupId");

            migrationBuilder.CreateIndex(
                name: "IX_security_group_rules_Uuid",
                table: "security_group_rules",
                column: "Uuid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_security_groups_AccountId_Name",
                table: "security_groups",
                columns: new[] { "AccountId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_security_groups_Uuid",
                table: "security_groups",
                column: "Uuid",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "security_group_members");

            migrationBuilder.DropTable(
                name: "security_group_rule_sets");

            migrationBuilder.DropTable(
                name: "security_group_rules");

            migrationBuilder.DropTable(
                name: "security_groups");
        }
    }
}
