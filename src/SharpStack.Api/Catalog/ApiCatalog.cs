using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SharpStack.Api.Catalog;

/// <summary>
/// The upstream API catalog (embedded copy of shared/api/cloudstack-api.json): every command's
/// parameters, response names and default authorisation. Commands are looked up case-insensitively.
/// </summary>
public sealed class ApiCatalog
{
    private readonly FrozenDictionary<string, CommandInfo> _commands;
    private readonly FrozenDictionary<string, IReadOnlyList<ResponseFieldInfo>> _responses;

    private ApiCatalog(IEnumerable<CommandInfo> commands, Dictionary<string, IReadOnlyList<ResponseFieldInfo>> responses)
    {
        _commands = commands.ToFrozenDictionary(c => c.Name, StringComparer.OrdinalIgnoreCase);
        _responses = responses.ToFrozenDictionary();
    }

    public IEnumerable<CommandInfo> Commands => _commands.Values;

    public CommandInfo? Find(string name) => _commands.GetValueOrDefault(name);

    public IReadOnlyList<ResponseFieldInfo> ResponseFields(string? responseClass) =>
        responseClass is not null && _responses.TryGetValue(responseClass, out var fields) ? fields : [];

    private static readonly Lazy<ApiCatalog> Embedded = new(() => Load(OpenResource("cloudstack-api.json")));

    public static ApiCatalog Instance => Embedded.Value;

    internal static Stream OpenResource(string name) =>
        Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
        ?? throw new InvalidOperationException($"embedded resource {name} is missing");

    public static ApiCatalog Load(Stream json)
    {
        var file = JsonSerializer.Deserialize<CatalogFile>(json, SerializerOptions)
                   ?? throw new InvalidOperationException("empty API catalog");
        var commands = file.Commands.Select(c => c.ToInfo());
        var responses = file.Responses.ToDictionary(
            r => r.Key,
            r => (IReadOnlyList<ResponseFieldInfo>)r.Value.Select(f => new ResponseFieldInfo(f.Name, f.Type ?? "String", f.Description, f.Nested)).ToArray());
        return new ApiCatalog(commands, responses);
    }

    private static readonly JsonSerializerOptions SerializerOptions = new() { PropertyNameCaseInsensitive = true };

    private sealed class CatalogFile
    {
        public List<CommandDto> Commands { get; set; } = [];
        public Dictionary<string, List<ResponseFieldDto>> Responses { get; set; } = [];
    }

    private sealed class CommandDto
    {
        public string Name { get; set; } = "";
        public string? Description { get; set; }
        public string? Since { get; set; }
        public bool IsAsync { get; set; }
        public bool AsyncCreate { get; set; }
        public bool ListResponse { get; set; }
        public string? ResponseName { get; set; }
        public string? ResponseObject { get; set; }
        public string? ResponseClass { get; set; }
        public string? ResponseClassActual { get; set; }
        public List<string>? Authorized { get; set; }
        public bool RequestHasSensitiveInfo { get; set; }
        public bool ApiAuthenticator { get; set; }
        public string? Class { get; set; }
        public List<ParamDto> Params { get; set; } = [];

        public CommandInfo ToInfo() => new(
            Name,
            Description ?? "",
            Since,
            IsAsync,
            AsyncCreate,
            ListResponse,
            ResponseName ?? Name.ToLowerInvariant() + "response",
            ResponseObject,
            ResponseClassActual ?? ResponseClass,
            Authorized,
            RequestHasSensitiveInfo,
            ApiAuthenticator,
            Class ?? Name,
            Params.Select(p => p.ToInfo()).ToArray());
    }

    private sealed class ParamDto
    {
        public string Name { get; set; } = "";
        public string Type { get; set; } = "STRING";
        public string? CollectionType { get; set; }
        public bool Required { get; set; }
        public string? Description { get; set; }
        public int? Length { get; set; }
        /// <summary>A name, or a list of names when the parameter accepts several kinds.</summary>
        public JsonElement Entity { get; set; }
        public string? Since { get; set; }
        public List<string>? Authorized { get; set; }
        public bool? Expose { get; set; }
        public bool? IncludeInApiDoc { get; set; }
        public string? OnlyInVariant { get; set; }

        public ParamInfo ToInfo() => new(
            Name.ToLowerInvariant(),
            Name,
            ParseType(Type),
            CollectionType is null ? null : ParseType(CollectionType),
            Required,
            Description ?? "",
            Length ?? 255,
            Entity.ValueKind switch
            {
                JsonValueKind.String => Entity.GetString(),
                JsonValueKind.Array when Entity.GetArrayLength() > 0 => Entity[0].GetString(),
                _ => null,
            },
            Since,
            Authorized,
            Expose != false && IncludeInApiDoc != false,
            OnlyInVariant);
    }

    private sealed class ResponseFieldDto
    {
        public string Name { get; set; } = "";
        public string? Type { get; set; }
        public string? Description { get; set; }
        [JsonPropertyName("nested")]
        public string? Nested { get; set; }
    }

    private static ParamType ParseType(string text) =>
        Enum.TryParse<ParamType>(text, ignoreCase: true, out var type) ? type : ParamType.String;
}

public enum ParamType
{
    Boolean,
    Date,
    Float,
    Double,
    Integer,
    Short,
    List,
    Long,
    Object,
    Map,
    String,
    Uuid,
}

public sealed record CommandInfo(
    string Name,
    string Description,
    string? Since,
    bool IsAsync,
    bool AsyncCreate,
    bool ListResponse,
    string ResponseName,
    string? ResponseObject,
    string? ResponseClass,
    IReadOnlyList<string>? Authorized,
    bool RequestHasSensitiveInfo,
    bool ApiAuthenticator,
    string JavaClass,
    IReadOnlyList<ParamInfo> Params);

/// <param name="Key">The lower-cased name used for matching (upstream lower-cases request names).</param>
/// <param name="Name">The name as the catalog spells it, shown by listApis.</param>
public sealed record ParamInfo(
    string Key,
    string Name,
    ParamType Type,
    ParamType? CollectionType,
    bool Required,
    string Description,
    int Length,
    string? Entity,
    string? Since,
    IReadOnlyList<string>? Authorized,
    bool Exposed,
    string? OnlyInVariant);

public sealed record ResponseFieldInfo(string Name, string Type, string? Description, string? Nested);
