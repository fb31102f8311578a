using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SharpStack.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class UsageResourceUuids : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ResourceUuid",
                table: "usage_records",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ResourceUuid",
                table: "usage_intervals",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ResourceUuid",
                table: "usage_events",
                type: "uuid",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ResourceUuid",
                table: "usage_records");

            migrationBuilder.DropColumn(
                name: "ResourceUuid",
                table: "usage_intervals");

            migrationBuilder.DropColumn(
                name: "ResourceUuid",
                table: "usage_events");
        }
    }
}
