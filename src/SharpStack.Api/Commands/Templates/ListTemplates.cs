using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Templates;

/// <summary>Lists template copies (one row per zone) under upstream's templatefilter semantics; never ISOs.</summary>
[ApiCommand("listTemplates")]
public sealed class ListTemplates(SettingsService settings) : IApiCommand
{
    public Task<ApiResult> ExecuteAsync(CommandContext ctx) => TemplateListing.ListAsync(ctx, settings, iso: false);
}
