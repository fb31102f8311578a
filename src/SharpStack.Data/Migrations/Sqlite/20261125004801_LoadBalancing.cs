using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SharpStack.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LoadBalancing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "LbAlgorithm",
                table: "firewall_rules",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LbDescription",
                table: "firewall_rules",
                type: "TEXT",
                maxLength: 4096,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LbName",
                table: "firewall_rules",
                type: "TEXT",
                maxLength: 255,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "lb_health_check_policies",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uuid = table.Column<Guid>(type: "TEXT", nullable: false),
                    RuleId = table.Column<long>(type: "INTEGER", nullable: false),
                    PingPath = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4096, nullable: true),
                    ResponseTimeSeconds = table.Column<int>(type: "INTEGER", nullable: false),
                    IntervalSeconds = table.Column<int>(type: "INTEGER", nullable: false),
                    HealthyThreshold = table.Column<int>(type: "INTEGER", nullable: false),
                    UnhealthyThreshold = table.Column<int>(type: "INTEGER", nullable: false),
                    ForDisplay = table.Column<bool>(type: "INTEGER", nullable: false),
                    Revoke = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lb_health_check_policies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_lb_health_check_policies_firewall_rules_RuleId",
                        column: x => x.RuleId,
                        principalTable: "firewall_rules",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "lb_stickiness_policies",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uuid = table.Column<Guid>(type: "TEXT", nullable: false),
                    RuleId = table.Column<long>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    MethodName = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4096, nullable: true),
                    Params = table.Column<string>(type: "TEXT", maxLength: 4096, nullable: true),
                    ForDisplay = table.Column<bool>(type: "INTEGER", nullable: false),
                    Revoke = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lb_stickiness_policies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_lb_stickiness_policies_firewall_rules_RuleId",
                        column: x => x.RuleId,
                        principalTable: "firewall_rules",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "load_balancer_members",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RuleId = table.Column<long>(type: "INTEGER", nullable: false),
                    VmId = table.Column<long>(type: "INTEGER", nullable: false),
                    VmIp = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Revoke = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_load_balancer_members", x => x.Id);
                    table.ForeignKey(
                        name: "FK_load_balancer_members_firewall_rules_RuleId",
                        column: x => x.RuleId,
                        principalTable: "firewall_rules",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_lb_health_check_policies_RuleId",
                table: "lb_health_check_policies",
                column: "RuleId");

            migrationBuilder.CreateIndex(
                name: "IX_lb_health_check_policies_Uuid",
                table: "lb_health_check_policies",
                column: "Uuid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_lb_stickiness_policies_RuleId",
                table: "lb_stickiness_policies",
                column: "RuleId");

            migrationBuilder.CreateIndex(
                name: "IX_lb_stickiness_policies_Uuid",
                table: "lb_stickiness_policies",
                column: "Uuid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_load_balancer_members_RuleId_VmId_VmIp",
                table: "load_balancer_members",
                columns: new[] { "RuleId", "VmId", "VmIp" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_load_balancer_members_VmId",
                table: "load_balancer_members",
                column: "VmId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "lb_health_check_policies");

            migrationBuilder.DropTable(
                name: "lb_stickiness_policies");

            migrationBuilder.DropTable(
                name: "load_balancer_members");

            migrationBuilder.DropColumn(
                name: "LbAlgorithm",
                table: "firewall_rules");

            migrationBuilder.DropColumn(
                name: "LbDescription",
                table: "firewall_rules");

            migrationBuilder.DropColumn(
                name: "LbName",
                table: "firewall_rules");
        }
    }
}
