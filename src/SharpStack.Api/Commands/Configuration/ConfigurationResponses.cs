using SharpStack.Api.Responses;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Configuration;

internal static class ConfigurationResponses
{
    public static ApiObject Setting(SettingDefinition def, string? value) => new()
    {
        { "category", def.Category },
        { "name", def.Name },
        { "value", value },
        { "defaultvalue", def.DefaultValue },
        { "description", def.Description },
        { "isdynamic", def.IsDynamic },
        { "scope", def.Scope },
        { "component", def.Component },
        { "type", def.Type },
    };
}
