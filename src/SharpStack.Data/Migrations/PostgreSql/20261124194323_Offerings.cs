using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SharpStack.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Offerings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "disk_offerings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Uuid = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    DisplayText = table.Column<string>(type: "character varying(4096)", maxLength: 4096, nullable: false),
                    DiskSizeBytes = table.Column<long>(type: "bigint", nullable: false),
                    Customized = table.Column<bool>(type: "boolean", nullable: false),
                    Tags = table.Column<string>(type: "character varying(4096)", maxLength: 4096, nullable: true),
                    StorageType = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ProvisioningType = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    DisplayOffering = table.Column<bool>(type: "boolean", nullable: false),
                    DiskSizeStrictness = table.Column<bool>(type: "boolean", nullable: false),
                    Encrypt = table.Column<bool>(type: "boolean", nullable: false),
                    Io_BytesReadRate = table.Column<long>(type: "bigint", nullable: true),
                    Io_BytesReadRateMax = table.Column<long>(type: "bigint", nullable: true),
                    Io_BytesReadRateMaxLength = table.Column<long>(type: "bigint", nullable: true),
                    Io_BytesWriteRate = table.Column<long>(type: "bigint", nullable: true),
                    Io_BytesWriteRateMax = table.Column<long>(type: "bigint", nullable: true),
                    Io_BytesWriteRateMaxLength = table.Column<long>(type: "bigint", nullable: true),
                    Io_IopsReadRate = table.Column<long>(type: "bigint", nullable: true),
                    Io_IopsReadRateMax = table.Column<long>(type: "bigint", nullable: true),
                    Io_IopsReadRateMaxLength = table.Column<long>(type: "bigint", nullable: true),
                    Io_IopsWriteRate = table.Column<long>(type: "bigint", nullable: true),
                    Io_IopsWriteRateMax = table.Column<long>(type: "bigint", nullable: true),
                    Io_IopsWriteRateMaxLength = table.Column<long>(type: "bigint", nullable: true),
                    Io_CustomizedIops = table.Column<bool>(type: "boolean", nullable: false),
                    Io_MinIops = table.Column<long>(type: "bigint", nullable: true),
                    Io_MaxIops = table.Column<long>(type: "bigint", nullable: true),
                    Io_CacheMode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    DomainIds = table.Column<string>(type: "character varying(4096)", maxLength: 4096, nullable: true),
                    ZoneIds = table.Column<string>(type: "character varying(4096)", maxLength: 4096, nullable: true),
                    State = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    IsDefault = table.Column<bool>(type: "boolean", nullable: false),
                    Created = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Removed = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_disk_offerings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "service_offerings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Uuid = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    DisplayText = table.Column<string>(type: "character varying(4096)", maxLength: 4096, nullable: false),
                    CpuNumber = table.Column<int>(type: "integer", nullable: true),
                    CpuSpeed = table.Column<int>(type: "integer", nullable: true),
                    Memory = table.Column<int>(type: "integer", nullable: true),
                    MinCpuNumber = table.Column<int>(type: "integer", nullable: true),
                    MaxCpuNumber = table.Column<int>(type: "integer", nullable: true),
                    MinMemory = table.Column<int>(type: "integer", nullable: true),
                    MaxMemory = table.Column<int>(type: "integer", nullable: true),
                    OfferHa = table.Column<bool>(type: "boolean", nullable: false),
                    LimitCpuUse = table.Column<bool>(type: "boolean", nullable: false),
                    IsVolatile = table.Column<bool>(type: "boolean", nullable: false),
                    StorageType = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ProvisioningType = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    StorageTags = table.Column<string>(type: "character varying(4096)", maxLength: 4096, nullable: true),
                    HostTags = table.Column<string>(type: "character varying(4096)", maxLength: 4096, nullable: true),
                    IsSystem = table.Column<bool>(type: "boolean", nullable: false),
                    SystemVmType = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    NetworkRate = table.Column<int>(type: "integer", nullable: true),
                    RootDiskSizeGb = table.Column<long>(type: "bigint", nullable: true),
                    DynamicScalingEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    Io_BytesReadRate = table.Column<long>(type: "bigint", nullable: true),
                    Io_BytesReadRateMax = table.Column<long>(type: "bigint", nullable: true),
                    Io_BytesReadRateMaxLength = table.Column<long>(type: "bigint", nullable: true),
                    Io_BytesWriteRate = table.Column<long>(type: "bigint", nullable: true),
                    Io_BytesWriteRateMax = table.Column<long>(type: "bigint", nullable: true),
                    Io_BytesWriteRateMaxLength = table.Column<long>(type: "bigint", nullable: true),
                    Io_IopsReadRate = table.Column<long>(type: "bigint", nullable: true),
                    Io_IopsReadRateMax = table.Column<long>(type: "bigint", nullable: true),
                    Io_IopsReadRateMaxLength = table.Column<long>(type: "bigint", nullable: true),
                    Io_IopsWriteRate = table.Column<long>(type: "bigint", nullable: true),
                    Io_IopsWriteRateMax = table.Column<long>(type: "bigint", nullable: true),
                    Io_IopsWriteRateMaxLength = table.Column<long>(type: "bigint", nullable: true),
                    Io_CustomizedIops = table.Column<bool>(type: "boolean", nullable: false),
                    Io_MinIops = table.Column<long>(type: "bigint", nullable: true),
                    Io_MaxIops = table.Column<long>(type: "bigint", nullable: true),
                    Io_CacheMode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    DomainIds = table.Column<string>(type: "character varying(4096)", maxLength: 4096, nullable: true),
                    ZoneIds = table.Column<string>(type: "character varying(4096)", maxLength: 4096, nullable: true),
                    State = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    IsDefault = table.Column<bool>(type: "boolean", nullable: false),
                    Created = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Removed = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_service_offerings", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_disk_offerings_Uuid",
                table: "disk_offerings",
                column: "Uuid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_service_offerings_Uuid",
                table: "service_offerings",
                column: "Uuid",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "disk_offerings");

            migrationBuilder.DropTable(
                name: "service_offerings");
        }
    }
}
