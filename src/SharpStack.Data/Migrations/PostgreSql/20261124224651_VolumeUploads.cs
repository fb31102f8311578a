using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SharpStack.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class VolumeUploads : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Checksum",
                table: "volumes",
                type: "character varying(255)",
                maxLength: 255,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Format",
                table: "volumes",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ImageStoreId",
                table: "volumes",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StorePath",
                table: "volumes",
                type: "character varying(2048)",
                maxLength: 2048,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UploadError",
                table: "volumes",
                type: "character varying(1024)",
                maxLength: 1024,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Checksum",
                table: "volumes");

            migrationBuilder.DropColumn(
                name: "Format",
                table: "volumes");

            migrationBuilder.DropColumn(
                name: "ImageStoreId",
                table: "volumes");

            migrationBuilder.DropColumn(
                name: "StorePath",
                table: "volumes");

            migrationBuilder.DropColumn(
                name: "UploadError",
                table: "volumes");
        }
    }
}
