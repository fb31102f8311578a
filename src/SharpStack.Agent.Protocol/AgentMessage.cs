using System.Text.Json;
using System.Text.Json.Serialization;

namespace SharpStack.Agent.Protocol;

/// <summary>
/// One frame of the agent protocol: a request (either side may send one) or the response to a
/// request with the same sequence number. Frames travel as a 4-byte big-endian length followed by
/// this object as UTF-8 JSON.
/// </summary>
public sealed record AgentMessage
{
    [JsonPropertyName("seq")]
    public long Sequence { get; init; }

    [JsonPropertyName("kind")]
    public MessageKind Kind { get; init; }

    /// <summary>The command name, e.g. "register", "ping", "startVm".</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    [JsonPropertyName("body")]
    public JsonElement Body { get; init; }

    /// <summary>For responses: whether the command succeeded, and why not.</summary>
    [JsonPropertyName("ok")]
    public bool Ok { get; init; } = true;

    [JsonPropertyName("error")]
    public string? Error { get; init; }
}

[JsonConverter(typeof(JsonStringEnumConverter<MessageKind>))]
public enum MessageKind
{
    Request,
    Response,
}

public static class AgentProtocol
{
    public const int Version = 1;
    public const int DefaultPort = 8250;
    public const int MaxFrameBytes = 16 << 20;

    public static class Commands
    {
        public const string Register = "register";
        public const string Ping = "ping";

        /// <summary>From an agent: the instances its host really runs (<see cref="VmStatesReport"/>).</summary>
        public const string VmStates = "VmStatesReport";

        // Host commands carry upstream's command class names, which configureSimulator mocks also use.
        public const string StartVm = "StartCommand";
        public const string StopVm = "StopCommand";
        public const string RebootVm = "RebootCommand";
        public const string PrepareForMigration = "PrepareForMigrationCommand";
        public const string MigrateVm = "MigrateCommand";
        public const string DestroyVolume = "DestroyCommand";
        public const string AttachVolume = "AttachCommand";
        public const string DetachVolume = "DettachCommand";
        public const string ResizeVolume = "ResizeVolumeCommand";
        public const string MigrateVolume = "MigrateVolumeCommand";
        public const string ScaleVm = "ScaleVmCommand";
        public const string MigrateWithStorage = "MigrateWithStorageCommand";
        public const string CreateSnapshot = "CreateObjectCommand";
        public const string BackupSnapshot = "CopyCommand";
        public const string DeleteSnapshot = "DeleteCommand";
        public const string RevertSnapshot = "RevertSnapshotCommand";
        public const string CopyToPrimary = "CopyCommand";
        public const string CreateTemplateFromVolume = "CopyCommand";
        public const string CreateVmSnapshot = "CreateVMSnapshotCommand";
        public const string RevertToVmSnapshot = "RevertToVMSnapshotCommand";
        public const string DeleteVmSnapshot = "DeleteVMSnapshotCommand";
        /// <summary>Inserts (Attach) or ejects an ISO in a running instance's CD-ROM drive.</summary>
        public const string AttachIso = "AttachIsoCommand";
        public const string PlugNic = "PlugNicCommand";
        public const string UnplugNic = "UnPlugNicCommand";
        public const string StartRouter = "StartRouterCommand";
        public const string StopRouter = "StopRouterCommand";
        public const string ApplyRouterConfig = "ApplyRouterConfigCommand";
        public const string SecurityGroupRules = "SecurityGroupRulesCmd";
    }

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static JsonElement ToBody<T>(T value) => JsonSerializer.SerializeToElement(value, Json);

    public static T FromBody<T>(JsonElement body) =>
        body.Deserialize<T>(Json) ?? throw new InvalidDataException($"empty {typeof(T).Name}");
}
