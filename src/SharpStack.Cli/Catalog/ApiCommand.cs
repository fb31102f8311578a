using System.Text.Json.Serialization;

namespace SharpStack.Cli.Catalog;

/// <summary>One API command as listApis describes it.</summary>
public sealed class ApiCommand
{
    [JsonPropertyName("name")]
    public string Name { get; set; } = "";

    [JsonPropertyName("description")]
    public string Description { get; set; } = "";

    [JsonPropertyName("isasync")]
    public bool IsAsync { get; set; }

    [JsonPropertyName("related")]
    public string Related { get; set; } = "";

    [JsonPropertyName("params")]
    public List<ApiParam> Params { get; set; } = [];

    [JsonIgnore]
    public CommandName Split => CommandName.Split(Name);

    public ApiParam? FindParam(string name) =>
        Params.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
}

/// <summary>One parameter of a command: its name, type (string, uuid, map, list, ...) and whether it is required.</summary>
public sealed class ApiParam
{
    [JsonPropertyName("name")]
    public string Name { get; set; } = "";

    [JsonPropertyName("type")]
    public string Type { get; set; } = "string";

    [JsonPropertyName("required")]
    public bool Required { get; set; }

    [JsonPropertyName("description")]
    public string Description { get; set; } = "";

    [JsonPropertyName("length")]
    public int? Length { get; set; }
}
