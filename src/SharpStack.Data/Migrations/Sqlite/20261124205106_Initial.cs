using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SharpStack.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "alerts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uuid = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<short>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: false),
                    ZoneId = table.Column<long>(type: "INTEGER", nullable: false),
                    PodId = table.Column<long>(type: "INTEGER", nullable: true),
                    ClusterId = table.Column<long>(type: "INTEGER", nullable: true),
                    Archived = table.Column<bool>(type: "INTEGER", nullable: false),
                    Created = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_alerts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "async_jobs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uuid = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<long>(type: "INTEGER", nullable: false),
                    AccountId = table.Column<long>(type: "INTEGER", nullable: false),
                    Command = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Parameters = table.Column<string>(type: "TEXT", nullable: false),
                    Phase = table.Column<int>(type: "INTEGER", maxLength: 32, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", maxLength: 32, nullable: false),
                    ProcessStatus = table.Column<int>(type: "INTEGER", nullable: false),
                    ResultCode = table.Column<int>(type: "INTEGER", nullable: false),
                    Result = table.Column<string>(type: "TEXT", nullable: true),
                    InstanceType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    InstanceUuid = table.Column<Guid>(type: "TEXT", nullable: true),
                    SyncKey = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    ManagementServerId = table.Column<long>(type: "INTEGER", nullable: true),
                    Created = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Started = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Completed = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Removed = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_async_jobs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "capacity",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Type = table.Column<int>(type: "INTEGER", maxLength: 32, nullable: false),
                    ZoneId = table.Column<long>(type: "INTEGER", nullable: false),
                    PodId = table.Column<long>(type: "INTEGER", nullable: true),
                    ClusterId = table.Column<long>(type: "INTEGER", nullable: true),
                    HostId = table.Column<long>(type: "INTEGER", nullable: true),
                    PoolId = table.Column<long>(type: "INTEGER", nullable: true),
                    Total = table.Column<long>(type: "INTEGER", nullable: false),
                    Used = table.Column<long>(type: "INTEGER", nullable: false),
                    Reserved = table.Column<long>(type: "INTEGER", nullable: false),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_capacity", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "configuration",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 4096, nullable: true),
                    Updated = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_configuration", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "disk_offerings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uuid = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    DisplayText = table.Column<string>(type: "TEXT", maxLength: 4096, nullable: false),
                    DiskSizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    Customized = table.Column<bool>(type: "INTEGER", nullable: false),
                    Tags = table.Column<string>(type: "TEXT", maxLength: 4096, nullable: true),
                    StorageType = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ProvisioningType = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DisplayOffering = table.Column<bool>(type: "INTEGER", nullable: false),
                    DiskSizeStrictness = table.Column<bool>(type: "INTEGER", nullable: false),
                    Encrypt = table.Column<bool>(type: "INTEGER", nullable: false),
                    Io_BytesReadRate = table.Column<long>(type: "INTEGER", nullable: true),
                    Io_BytesReadRateMax = table.Column<long>(type: "INTEGER", nullable: true),
                    Io_BytesReadRateMaxLength = table.Column<long>(type: "INTEGER", nullable: true),
                    Io_BytesWriteRate = table.Column<long>(type: "INTEGER", nullable: true),
                    Io_BytesWriteRateMax = table.Column<long>(type: "INTEGER", nullable: true),
                    Io_BytesWriteRateMaxLength = table.Column<long>(type: "INTEGER", nullable: true),
                    Io_IopsReadRate = table.Column<long>(type: "INTEGER", nullable: true),
                    Io_IopsReadRateMax = table.Column<long>(type: "INTEGER", nullable: true),
                    Io_IopsReadRateMaxLength = table.Column<long>(type: "INTEGER", nullable: true),
                    Io_IopsWriteRate = table.Column<long>(type: "INTEGER", nullable: true),
                    Io_IopsWriteRateMax = table.Column<long>(type: "INTEGER", nullable: true),
                    Io_IopsWriteRateMaxLength = table.Column<long>(type: "INTEGER", nullable: true),
                    Io_CustomizedIops = table.Column<bool>(type: "INTEGER", nullable: false),
                    Io_MinIops = table.Column<long>(type: "INTEGER", nullable: true),
                    Io_MaxIops = table.Column<long>(type: "INTEGER", nullable: true),
                    Io_CacheMode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    DomainIds = table.Column<string>(type: "TEXT", maxLength: 4096, nullable: true),
                    ZoneIds = table.Column<string>(type: "TEXT", maxLength: 4096, nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    IsDefault = table.Column<bool>(type: "INTEGER", nullable: false),
                    Created = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Removed = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_disk_offerings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "domains",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uuid = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ParentId = table.Column<long>(type: "INTEGER", nullable: true),
                    Path = table.Column<string>(type: "TEXT", maxLength: 4096, nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    NetworkDomain = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Created = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Removed = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_domains", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uuid = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4096, nullable: false),
                    UserId = table.Column<long>(type: "INTEGER", nullable: false),
                    AccountId = table.Column<long>(type: "INTEGER", nullable: false),
                    DomainId = table.Column<long>(type: "INTEGER", nullable: false),
                    ResourceType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ResourceUuid = table.Column<Guid>(type: "TEXT", nullable: true),
                    ResourceName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    StartId = table.Column<long>(type: "INTEGER", nullable: true),
                    Archived = table.Column<bool>(type: "INTEGER", nullable: false),
                    Created = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "guest_os_categories",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uuid = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    IsFeatured = table.Column<bool>(type: "INTEGER", nullable: false),
                    Created = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_guest_os_categories", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "image_stores",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uuid = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ZoneId = table.Column<long>(type: "INTEGER", nullable: true),
                    Url = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: false),
                    Protocol = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ProviderName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ReadOnly = table.Column<bool>(type: "INTEGER", nullable: false),
                    CapacityBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    UsedBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    Created = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Removed = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_image_stores", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "management_servers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uuid = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Version = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Started = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastHeartbeat = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_management_servers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "roles",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uuid = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Type = table.Column<int>(type: "INTEGER", maxLength: 32, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    IsDefault = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsPublic = table.Column<bool>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Removed = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_roles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "service_offerings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uuid = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    DisplayText = table.Column<string>(type: "TEXT", maxLength: 4096, nullable: false),
                    CpuNumber = table.Column<int>(type: "INTEGER", nullable: true),
                    CpuSpeed = table.Column<int>(type: "INTEGER", nullable: true),
                    Memory = table.Column<int>(type: "INTEGER", nullable: true),
                    MinCpuNumber = table.Column<int>(type: "INTEGER", nullable: true),
                    MaxCpuNumber = table.Column<int>(type: "INTEGER", nullable: true),
                    MinMemory = table.Column<int>(type: "INTEGER", nullable: true),
                    MaxMemory = table.Column<int>(type: "INTEGER", nullable: true),
                    OfferHa = table.Column<bool>(type: "INTEGER", nullable: false),
                    LimitCpuUse = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsVolatile = table.Column<bool>(type: "INTEGER", nullable: false),
                    StorageType = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ProvisioningType = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    StorageTags = table.Column<string>(type: "TEXT", maxLength: 4096, nullable: true),
                    HostTags = table.Column<string>(type: "TEXT", maxLength: 4096, nullable: true),
                    IsSystem = table.Column<bool>(type: "INTEGER", nullable: false),
                    SystemVmType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    NetworkRate = table.Column<int>(type: "INTEGER", nullable: true),
                    RootDiskSizeGb = table.Column<long>(type: "INTEGER", nullable: true),
                    DynamicScalingEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    Io_BytesReadRate = table.Column<long>(type: "INTEGER", nullable: true),
                    Io_BytesReadRateMax = table.Column<long>(type: "INTEGER", nullable: true),
                    Io_BytesReadRateMaxLength = table.Column<long>(type: "INTEGER", nullable: true),
                    Io_BytesWriteRate = table.Column<long>(type: "INTEGER", nullable: true),
                    Io_BytesWriteRateMax = table.Column<long>(type: "INTEGER", nullable: true),
                    Io_BytesWriteRateMaxLength = table.Column<long>(type: "INTEGER", nullable: true),
                    Io_IopsReadRate = table.Column<long>(type: "INTEGER", nullable: true),
                    Io_IopsReadRateMax = table.Column<long>(type: "INTEGER", nullable: true),
                    Io_IopsReadRateMaxLength = table.Column<long>(type: "INTEGER", nullable: true),
                    Io_IopsWriteRate = table.Column<long>(type: "INTEGER", nullable: true),
                    Io_IopsWriteRateMax = table.Column<long>(type: "INTEGER", nullable: true),
                    Io_IopsWriteRateMaxLength = table.Column<long>(type: "INTEGER", nullable: true),
                    Io_CustomizedIops = table.Column<bool>(type: "INTEGER", nullable: false),
                    Io_MinIops = table.Column<long>(type: "INTEGER", nullable: true),
                    Io_MaxIops = table.Column<long>(type: "INTEGER", nullable: true),
                    Io_CacheMode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    DomainIds = table.Column<string>(type: "TEXT", maxLength: 4096, nullable: true),
                    ZoneIds = table.Column<string>(type: "TEXT", maxLength: 4096, nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    IsDefault = table.Column<bool>(type: "INTEGER", nullable: false),
                    Created = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Removed = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_service_offerings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sessions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SessionId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SessionKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UserId = table.Column<long>(type: "INTEGER", nullable: false),
                    Created = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastAccess = table.Column<DateTime>(type: "TEXT", nullable: false),
                    TimeoutSeconds = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sessions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "simulator_mocks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ZoneId = table.Column<long>(type: "INTEGER", nullable: true),
                    PodId = table.Column<long>(type: "INTEGER", nullable: true),
                    ClusterId = table.Column<long>(type: "INTEGER", nullable: true),
                    HostId = table.Column<long>(type: "INTEGER", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: true),
                    JsonResponse = table.Column<string>(type: "TEXT", maxLength: 4096, nullable: true),
                    Removed = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_simulator_mocks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ssh_keypairs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uuid = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    AccountId = table.Column<long>(type: "INTEGER", nullable: false),
                    DomainId = table.Column<long>(type: "INTEGER", nullable: false),
                    PublicKey = table.Column<string>(type: "TEXT", maxLength: 8192, nullable: false),
                    Fingerprint = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Created = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ssh_keypairs", x => x.Id);
                });

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
                name: "zones",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uuid = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    Dns1 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Dns2 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Ip6Dns1 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Ip6Dns2 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    InternalDns1 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    InternalDns2 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    GuestCidr = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    NetworkDomain = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    DomainId = table.Column<long>(type: "INTEGER", nullable: true),
                    NetworkType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SecurityGroupsEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LocalStorageEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AllocationState = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RegistrationToken = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Created = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Removed = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_zones", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "guest_os",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uuid = table.Column<Guid>(type: "TEXT", nullable: false),
                    CategoryId = table.Column<long>(type: "INTEGER", nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    IsUserDefined = table.Column<bool>(type: "INTEGER", nullable: false),
                    ForDisplay = table.Column<bool>(type: "INTEGER", nullable: false),
                    Created = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Removed = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_guest_os", x => x.Id);
                    table.ForeignKey(
                        name: "FK_guest_os_guest_os_categories_CategoryId",
                        column: x => x.CategoryId,
                        principalTable: "guest_os_categories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "accounts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uuid = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DomainId = table.Column<long>(type: "INTEGER", nullable: false),
                    RoleId = table.Column<long>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    NetworkDomain = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    IsDefault = table.Column<bool>(type: "INTEGER", nullable: false),
                    NeedsCleanup = table.Column<bool>(type: "INTEGER", nullable: false),
                    Created = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Removed = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_accounts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_accounts_domains_DomainId",
                        column: x => x.DomainId,
                        principalTable: "domains",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_accounts_roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "role_permissions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uuid = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoleId = table.Column<long>(type: "INTEGER", nullable: false),
                    Rule = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Permission = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_role_permissions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_role_permissions_roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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

            migrationBuilder.CreateTable(
                name: "physical_networks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uuid = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ZoneId = table.Column<long>(type: "INTEGER", nullable: false),
                    Vlan = table.Column<string>(type: "TEXT", maxLength: 4096, nullable: true),
                    IsolationMethods = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Tags = table.Column<string>(type: "TEXT", maxLength: 4096, nullable: true),
                    BroadcastDomainRange = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    NetworkSpeed = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    DomainId = table.Column<long>(type: "INTEGER", nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Created = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Removed = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_physical_networks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_physical_networks_zones_ZoneId",
                        column: x => x.ZoneId,
                        principalTable: "zones",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "pods",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uuid = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ZoneId = table.Column<long>(type: "INTEGER", nullable: false),
                    Gateway = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Netmask = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StartIp = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    EndIp = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    AllocationState = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Created = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Removed = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pods", x => x.Id);
                    table.ForeignKey(
                        name: "FK_pods_zones_ZoneId",
                        column: x => x.ZoneId,
                        principalTable: "zones",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "storage_pools",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uuid = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ZoneId = table.Column<long>(type: "INTEGER", nullable: false),
                    PodId = table.Column<long>(type: "INTEGER", nullable: true),
                    ClusterId = table.Column<long>(type: "INTEGER", nullable: true),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    PoolType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: false),
                    HostAddress = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Path = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: false),
                    CapacityBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    UsedBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    Tags = table.Column<string>(type: "TEXT", maxLength: 4096, nullable: true),
                    Hypervisor = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Created = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Removed = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_storage_pools", x => x.Id);
                    table.ForeignKey(
                        name: "FK_storage_pools_zones_ZoneId",
                        column: x => x.ZoneId,
                        principalTable: "zones",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "users",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uuid = table.Column<Guid>(type: "TEXT", nullable: false),
                    Username = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    FirstName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    LastName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    AccountId = table.Column<long>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ApiKey = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    SecretKeyCipher = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: true),
                    Timezone = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    IsDefault = table.Column<bool>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Created = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Removed = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_users", x => x.Id);
                    table.ForeignKey(
                        name: "FK_users_accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "network_service_providers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uuid = table.Column<Guid>(type: "TEXT", nullable: false),
                    PhysicalNetworkId = table.Column<long>(type: "INTEGER", nullable: false),
                    DestinationPhysicalNetworkId = table.Column<long>(type: "INTEGER", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Services = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_network_service_providers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_network_service_providers_physical_networks_PhysicalNetworkId",
                        column: x => x.PhysicalNetworkId,
                        principalTable: "physical_networks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "traffic_types",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uuid = table.Column<Guid>(type: "TEXT", nullable: false),
                    PhysicalNetworkId = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    KvmLabel = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    XenLabel = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    VmwareLabel = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    HypervLabel = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    Ovm3Label = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    Vlan = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_traffic_types", x => x.Id);
                    table.ForeignKey(
                        name: "FK_traffic_types_physical_networks_PhysicalNetworkId",
                        column: x => x.PhysicalNetworkId,
                        principalTable: "physical_networks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "vlan_ip_ranges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uuid = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<long>(type: "INTEGER", nullable: false),
                    PodId = table.Column<long>(type: "INTEGER", nullable: true),
                    PhysicalNetworkId = table.Column<long>(type: "INTEGER", nullable: false),
                    Vlan = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Gateway = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Netmask = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StartIp = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EndIp = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ForVirtualNetwork = table.Column<bool>(type: "INTEGER", nullable: false),
                    ForSystemVms = table.Column<bool>(type: "INTEGER", nullable: false),
                    DomainId = table.Column<long>(type: "INTEGER", nullable: true),
                    AccountId = table.Column<long>(type: "INTEGER", nullable: true),
                    Created = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Removed = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_vlan_ip_ranges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_vlan_ip_ranges_physical_networks_PhysicalNetworkId",
                        column: x => x.PhysicalNetworkId,
                        principalTable: "physical_networks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_vlan_ip_ranges_zones_ZoneId",
                        column: x => x.ZoneId,
                        principalTable: "zones",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "clusters",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uuid = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ZoneId = table.Column<long>(type: "INTEGER", nullable: false),
                    PodId = table.Column<long>(type: "INTEGER", nullable: false),
                    Hypervisor = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ClusterType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Arch = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    AllocationState = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ManagedState = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RegistrationToken = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    Created = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Removed = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_clusters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_clusters_pods_PodId",
                        column: x => x.PodId,
                        principalTable: "pods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_clusters_zones_ZoneId",
                        column: x => x.ZoneId,
                        principalTable: "zones",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "virtual_router_elements",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uuid = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProviderId = table.Column<long>(type: "INTEGER", nullable: false),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_virtual_router_elements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_virtual_router_elements_network_service_providers_ProviderId",
                        column: x => x.ProviderId,
                        principalTable: "network_service_providers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "hosts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Uuid = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ZoneId = table.Column<long>(type: "INTEGER", nullable: false),
                    PodId = table.Column<long>(type: "INTEGER", nullable: false),
                    ClusterId = table.Column<long>(type: "INTEGER", nullable: false),
                    Hypervisor = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ResourceState = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CpuSockets = table.Column<int>(type: "INTEGER", nullable: false),
                    CpuNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    CpuSpeed = table.Column<long>(type: "INTEGER", nullable: false),
                    MemoryBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    LocalStorageBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    IpAddress = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: false),
                    AgentId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    HostTags = table.Column<string>(type: "TEXT", maxLength: 4096, nullable: true),
                    Version = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Capabilities = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: false),
                    Arch = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    LastPinged = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Disconnected = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ManagementServerId = table.Column<long>(type: "INTEGER", nullable: true),
                    Created = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Removed = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hosts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_hosts_clusters_ClusterId",
                        column: x => x.ClusterId,
                        principalTable: "clusters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_accounts_DomainId_Name",
                table: "accounts",
                columns: new[] { "DomainId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_accounts_RoleId",
                table: "accounts",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "IX_accounts_Uuid",
                table: "accounts",
                column: "Uuid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_alerts_Created",
                table: "alerts",
                column: "Created");

            migrationBuilder.CreateIndex(
                name: "IX_alerts_Uuid",
                table: "alerts",
                column: "Uuid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_async_jobs_AccountId",
                table: "async_jobs",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_async_jobs_Phase_Id",
                table: "async_jobs",
                columns: new[] { "Phase", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_async_jobs_SyncKey_Phase",
                table: "async_jobs",
                columns: new[] { "SyncKey", "Phase" });

            migrationBuilder.CreateIndex(
                name: "IX_async_jobs_Uuid",
                table: "async_jobs",
                column: "Uuid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_capacity_HostId",
                table: "capacity",
                column: "HostId");

            migrationBuilder.CreateIndex(
                name: "IX_capacity_PoolId",
                table: "capacity",
                column: "PoolId");

            migrationBuilder.CreateIndex(
                name: "IX_capacity_ZoneId_Type",
                table: "capacity",
                columns: new[] { "ZoneId", "Type" });

            migrationBuilder.CreateIndex(
                name: "IX_clusters_PodId",
                table: "clusters",
                column: "PodId");

            migrationBuilder.CreateIndex(
                name: "IX_clusters_RegistrationToken",
                table: "clusters",
                column: "RegistrationToken",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_clusters_Uuid",
                table: "clusters",
                column: "Uuid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_clusters_ZoneId",
                table: "clusters",
                column: "ZoneId");

            migrationBuilder.CreateIndex(
                name: "IX_disk_offerings_Uuid",
                table: "disk_offerings",
                column: "Uuid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_domains_Path",
                table: "domains",
                column: "Path");

            migrationBuilder.CreateIndex(
                name: "IX_domains_Uuid",
                table: "domains",
                column: "Uuid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_events_AccountId_Created",
                table: "events",
                columns: new[] { "AccountId", "Created" });

            migrationBuilder.CreateIndex(
                name: "IX_events_Created",
                table: "events",
                column: "Created");

            migrationBuilder.CreateIndex(
                name: "IX_events_Uuid",
                table: "events",
                column: "Uuid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_guest_os_CategoryId",
                table: "guest_os",
                column: "CategoryId");

            migrationBuilder.CreateIndex(
                name: "IX_guest_os_Uuid",
                table: "guest_os",
                column: "Uuid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_guest_os_categories_Uuid",
                table: "guest_os_categories",
                column: "Uuid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_hosts_AgentId",
                table: "hosts",
                column: "AgentId");

            migrationBuilder.CreateIndex(
                name: "IX_hosts_ClusterId",
                table: "hosts",
                column: "ClusterId");

            migrationBuilder.CreateIndex(
                name: "IX_hosts_Name",
                table: "hosts",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_hosts_Status_LastPinged",
                table: "hosts",
                columns: new[] { "Status", "LastPinged" });

            migrationBuilder.CreateIndex(
                name: "IX_hosts_Uuid",
                table: "hosts",
                column: "Uuid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_hosts_ZoneId_Status",
                table: "hosts",
                columns: new[] { "ZoneId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_image_stores_Uuid",
                table: "image_stores",
                column: "Uuid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_management_servers_Uuid",
                table: "management_servers",
                column: "Uuid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_network_service_providers_PhysicalNetworkId_Name",
                table: "network_service_providers",
                columns: new[] { "PhysicalNetworkId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_network_service_providers_Uuid",
                table: "network_service_providers",
                column: "Uuid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_physical_networks_Uuid",
                table: "physical_networks",
                column: "Uuid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_physical_networks_ZoneId",
                table: "physical_networks",
                column: "ZoneId");

            migrationBuilder.CreateIndex(
                name: "IX_pods_Uuid",
                table: "pods",
                column: "Uuid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_pods_ZoneId",
                table: "pods",
                column: "ZoneId");

            migrationBuilder.CreateIndex(
                name: "IX_role_permissions_RoleId_SortOrder",
                table: "role_permissions",
                columns: new[] { "RoleId", "SortOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_role_permissions_Uuid",
                table: "role_permissions",
                column: "Uuid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_roles_Uuid",
                table: "roles",
                column: "Uuid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_service_offerings_Uuid",
                table: "service_offerings",
                column: "Uuid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sessions_SessionId",
                table: "sessions",
                column: "SessionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sessions_UserId",
                table: "sessions",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_ssh_keypairs_AccountId_Name",
                table: "ssh_keypairs",
                columns: new[] { "AccountId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ssh_keypairs_Uuid",
                table: "ssh_keypairs",
                column: "Uuid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_storage_pools_Uuid",
                table: "storage_pools",
                column: "Uuid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_storage_pools_ZoneId",
                table: "storage_pools",
                column: "ZoneId");

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
                name: "IX_traffic_types_PhysicalNetworkId_Kind",
                table: "traffic_types",
                columns: new[] { "PhysicalNetworkId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_traffic_types_Uuid",
                table: "traffic_types",
                column: "Uuid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_users_AccountId",
                table: "users",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_users_ApiKey",
                table: "users",
                column: "ApiKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_users_Username",
                table: "users",
                column: "Username");

            migrationBuilder.CreateIndex(
                name: "IX_users_Uuid",
                table: "users",
                column: "Uuid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_virtual_router_elements_ProviderId",
                table: "virtual_router_elements",
                column: "ProviderId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_virtual_router_elements_Uuid",
                table: "virtual_router_elements",
                column: "Uuid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_vlan_ip_ranges_PhysicalNetworkId",
                table: "vlan_ip_ranges",
                column: "PhysicalNetworkId");

            migrationBuilder.CreateIndex(
                name: "IX_vlan_ip_ranges_Uuid",
                table: "vlan_ip_ranges",
                column: "Uuid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_vlan_ip_ranges_ZoneId",
                table: "vlan_ip_ranges",
                column: "ZoneId");

            migrationBuilder.CreateIndex(
                name: "IX_vm_templates_AccountId",
                table: "vm_templates",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_vm_templates_Uuid",
                table: "vm_templates",
                column: "Uuid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_zones_RegistrationToken",
                table: "zones",
                column: "RegistrationToken",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_zones_Uuid",
                table: "zones",
                column: "Uuid",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "alerts");

            migrationBuilder.DropTable(
                name: "async_jobs");

            migrationBuilder.DropTable(
                name: "capacity");

            migrationBuilder.DropTable(
                name: "configuration");

            migrationBuilder.DropTable(
                name: "disk_offerings");

            migrationBuilder.DropTable(
                name: "events");

            migrationBuilder.DropTable(
                name: "guest_os");

            migrationBuilder.DropTable(
                name: "hosts");

            migrationBuilder.DropTable(
                name: "management_servers");

            migrationBuilder.DropTable(
                name: "role_permissions");

            migrationBuilder.DropTable(
                name: "service_offerings");

            migrationBuilder.DropTable(
                name: "sessions");

            migrationBuilder.DropTable(
                name: "simulator_mocks");

            migrationBuilder.DropTable(
                name: "ssh_keypairs");

            migrationBuilder.DropTable(
                name: "storage_pools");

            migrationBuilder.DropTable(
                name: "template_store_refs");

            migrationBuilder.DropTable(
                name: "traffic_types");

            migrationBuilder.DropTable(
                name: "users");

            migrationBuilder.DropTable(
                name: "virtual_router_elements");

            migrationBuilder.DropTable(
                name: "vlan_ip_ranges");

            migrationBuilder.DropTable(
                name: "guest_os_categories");

            migrationBuilder.DropTable(
                name: "clusters");

            migrationBuilder.DropTable(
                name: "image_stores");

            migrationBuilder.DropTable(
                name: "vm_templates");

            migrationBuilder.DropTable(
                name: "accounts");

            migrationBuilder.DropTable(
                name: "network_service_providers");

            migrationBuilder.DropTable(
                name: "pods");

            migrationBuilder.DropTable(
                name: "domains");

            migrationBuilder.DropTable(
                name: "roles");

            migrationBuilder.DropTable(
                name: "physical_networks");

            migrationBuilder.DropTable(
                name: "zones");
        }
    }
}
