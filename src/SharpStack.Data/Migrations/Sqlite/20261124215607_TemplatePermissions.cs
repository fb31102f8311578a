using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SharpStack.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TemplatePermissions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Bootable",
                table: "vm_templates",
                type: "INTEGER",
                nullable: false,
                defaultValue: true); // existing templates are bootable

            migrationBuilder.AddColumn<int>(
                name: "SortKey",
                table: "vm_templates",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "template_permissions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TemplateId = table.Column<long>(type: "INTEGER", nullable: false),
                    AccountId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_template_permissions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_template_permissions_accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_template_permissions_vm_templates_TemplateId",
                        column: x => x.TemplateId,
                        principalTable: "vm_templates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_vm_instances_IsoId",
                table: "vm_instances",
                column: "IsoId");

            migrationBuilder.CreateIndex(
                name: "IX_template_permissions_AccountId",
                table: "template_permissions",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_template_permissions_TemplateId_AccountId",
                table: "template_permissions",
                columns: new[] { "TemplateId", "AccountId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "template_permissions");

            migrationBuilder.DropIndex(
                name: "IX_vm_instances_IsoId",
                table: "vm_instances");

            migrationBuilder.DropColumn(
                name: "Bootable",
                table: "vm_templates");

            migrationBuilder.DropColumn(
                name: "SortKey",
                table: "vm_templates");
        }
    }
}
