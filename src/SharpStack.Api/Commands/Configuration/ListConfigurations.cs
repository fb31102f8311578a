using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Configuration;

/// <summary>The settings SharpStack honours, with their current and default values.</summary>
[ApiCommand("listConfigurations")]
public sealed class ListConfigurations(SettingsService settings) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        ScopedSettings.EnsureGlobal(ctx);
        var p = ctx.Params;
        var stored = await settings.StoredValuesAsync(ctx.Cancellation);
        IEnumerable<SettingDefinition> defs = SettingCatalog.Definitions.Values.OrderBy(d => d.Name, StringComparer.Ordinal);
        if (p.String("name") is { } name)
        {
            defs = defs.Where(d => d.Name.Contains(name, StringComparison.OrdinalIgnoreCase));
        }
        if (p.String("category") is { } category)
        {
            defs = defs.Where(d => string.Equals(d.Category, category, StringComparison.OrdinalIgnoreCase));
        }
        if (p.String("keyword") is { } keyword)
        {
            defs = defs.Where(d => d.Name.Contains(keyword, StringComparison.OrdinalIgnoreCase) || d.Description.Contains(keyword, StringComparison.OrdinalIgnoreCase));
        }
        var all = defs.ToList();
        var paging = await Paging.FromAsync(p, settings, ctx.Cancellation);
        var page = paging.Apply(all)
            .Select(d => ConfigurationResponses.Setting(d, stored.TryGetValue(d.Name, out var v) ? v : d.DefaultValue))
            .ToList();
        return ApiResult.List(page, all.Count);
    }
}
