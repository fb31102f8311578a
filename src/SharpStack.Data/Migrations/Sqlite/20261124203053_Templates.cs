using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SharpStack.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Templates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "vm_templates",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uuid = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    DisplayText = table.Column<string>(type: "TEXT", maxLength: 4096, nullable: false),
                    Format = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Hypervisor = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    OsTypeId = table.Column<long>(type: "INTEGER", nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: false),
                    Checksum = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    IsPublic = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsFeatured = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsExtractable = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    SshKeyEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    DynamicallyScalable = table.Column<bool>(type: "INTEGER", nullable: false),
                    RequiresHvm = table.Column<bool>(type: "INTEGER", nullable: false),
                    Bits = table.Column<int>(type: "INTEGER", nullable: false),
                    TemplateType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    AccountId = table.Column<long>(type: "INTEGER", nullable: false),
                    DomainId = table.Column<long>(type: "INTEGER", nullable: false),
                    Created = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Removed = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_vm_templates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "template_store_refs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TemplateId = table.Column<long>(type: "INTEGER", nullable: false),
                    ZoneId = table.Column<long>(type: "INTEGER", nullable: false),
                    ImageStoreId = table.Column<long>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Percent = table.Column<int>(type: "INTEGER", nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    InstallPath = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    ErrorText = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    Updated = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_template_store_refs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_template_store_refs_image_stores_ImageStoreId",
                        column: x => x.ImageStoreId,
                        principalTable: "image_stores",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_template_store_refs_vm_templates_TemplateId",
                        column: x => x.TemplateId,
                        principalTable: "vm_templates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_template_store_refs_ImageStoreId",
                table: "template_store_refs",
                column: "ImageStoreId");

            migrationBuilder.CreateIndex(
                name: "IX_template_store_refs_State",
                table: "template_store_refs",
                column: "State");

            migrationBuilder.CreateIndex(
                name: "IX_template_store_refs_TemplateId_ZoneId",
                table: "template_store_refs",
                columns: new[] { "TemplateId", "ZoneId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_vm_templates_AccountId",
                table: "vm_templates",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_vm_templates_Uuid",
                table: "vm_templates",
                column: "Uuid",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "template_store_refs");

            migrationBuilder.DropTable(
                name: "vm_templates");
        }
    }
}
