using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SharpStack.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class UsageRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "usage_intervals",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UsageType = table.Column<int>(type: "INTEGER", nullable: false),
                    AccountId = table.Column<long>(type: "INTEGER", nullable: false),
                    DomainId = table.Column<long>(type: "INTEGER", nullable: false),
                    ZoneId = table.Column<long>(type: "INTEGER", nullable: false),
                    ResourceId = table.Column<long>(type: "INTEGER", nullable: false),
                    ResourceName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    OfferingId = table.Column<long>(type: "INTEGER", nullable: true),
                    TemplateId = table.Column<long>(type: "INTEGER", nullable: true),
                    Size = table.Column<long>(type: "INTEGER", nullable: true),
                    VirtualSize = table.Column<long>(type: "INTEGER", nullable: true),
                    ResourceType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Start = table.Column<DateTime>(type: "TEXT", nullable: false),
                    End = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_usage_intervals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "usage_periods",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Start = table.Column<DateTime>(type: "TEXT", nullable: false),
                    End = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Records = table.Column<int>(type: "INTEGER", nullable: false),
                    Aggregated = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_usage_periods", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "usage_records",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AccountId = table.Column<long>(type: "INTEGER", nullable: false),
                    DomainId = table.Column<long>(type: "INTEGER", nullable: false),
                    ZoneId = table.Column<long>(type: "INTEGER", nullable: false),
                    UsageType = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: false),
                    UsageDisplay = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RawUsage = table.Column<double>(type: "REAL", nullable: false),
                    UsageId = table.Column<long>(type: "INTEGER", nullable: false),
                    VmId = table.Column<long>(type: "INTEGER", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    OfferingId = table.Column<long>(type: "INTEGER", nullable: true),
                    TemplateId = table.Column<long>(type: "INTEGER", nullable: true),
                    ResourceType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Size = table.Column<long>(type: "INTEGER", nullable: true),
                    VirtualSize = table.Column<long>(type: "INTEGER", nullable: true),
                    IsSourceNat = table.Column<bool>(type: "INTEGER", nullable: true),
                    StartDate = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndDate = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PeriodId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_usage_records", x => x.Id);
                    table.ForeignKey(
                        name: "FK_usage_records_usage_periods_PeriodId",
                        column: x => x.PeriodId,
                        principalTable: "usage_periods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_usage_intervals_Start_End",
                table: "usage_intervals",
                columns: new[] { "Start", "End" });

            migrationBuilder.CreateIndex(
                name: "IX_usage_intervals_UsageType_ResourceId_End",
                table: "usage_intervals",
                columns: new[] { "UsageType", "ResourceId", "End" });

            migrationBuilder.CreateIndex(
                name: "IX_usage_periods_Start",
                table: "usage_periods",
                column: "Start",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_usage_records_AccountId_StartDate",
                table: "usage_records",
                columns: new[] { "AccountId", "StartDate" });

            migrationBuilder.CreateIndex(
                name: "IX_usage_records_PeriodId",
                table: "usage_records",
                column: "PeriodId");

            migrationBuilder.CreateIndex(
                name: "IX_usage_records_StartDate_EndDate",
                table: "usage_records",
                columns: new[] { "StartDate", "EndDate" });

            migrationBuilder.CreateIndex(
                name: "IX_usage_records_UsageType_UsageId",
                table: "usage_records",
                columns: new[] { "UsageType", "UsageId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "usage_intervals");

            migrationBuilder.DropTable(
                name: "usage_records");

            migrationBuilder.DropTable(
                name: "usage_periods");
        }
    }
}
