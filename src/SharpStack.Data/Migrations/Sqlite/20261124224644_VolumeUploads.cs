using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SharpStack.Data.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 255,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Format",
                table: "volumes",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ImageStoreId",
                table: "volumes",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StorePath",
                table: "volumes",
                type: "TEXT",
                maxLength: 2048,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UploadError",
                table: "volumes",
                type: "TEXT",
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
