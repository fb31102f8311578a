using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SharpStack.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InstanceGroups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "GroupName",
                table: "vm_instances");

            migrationBuilder.AddColumn<long>(
                name: "InstanceGroupId",
                table: "vm_instances",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "instance_groups",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uuid = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    AccountId = table.Column<long>(type: "INTEGER", nullable: false),
                    DomainId = table.Column<long>(type: "INTEGER", nullable: false),
                    Created = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_instance_groups", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_vm_instances_InstanceGroupId",
                table: "vm_instances",
                column: "InstanceGroupId");

            migrationBuilder.CreateIndex(
                name: "IX_instance_groups_AccountId_Name",
                table: "instance_groups",
                columns: new[] { "AccountId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_instance_groups_Uuid",
                table: "instance_groups",
                column: "Uuid",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "instance_groups");

            migrationBuilder.DropIndex(
                name: "IX_vm_instances_InstanceGroupId",
                table: "vm_instances");

            migrationBuilder.DropColumn(
                name: "InstanceGroupId",
                table: "vm_instances");

            migrationBuilder.AddColumn<string>(
                name: "GroupName",
                table: "vm_instances",
                type: "TEXT",
                maxLength: 255,
                nullable: true);
        }
    }
}
