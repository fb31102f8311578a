using SharpStack.Api.Commands.Templates;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Isos;

/// <summary>Lists ISO copies (one row per zone) under isofilter (default selfexecutable); never templates.</summary>
[ApiCommand("listIsos")]
public sealed class ListIsos(SettingsService settings) : IApiCommand
{
    public Task<ApiResult> ExecuteAsync(CommandContext ctx) => TemplateListing.ListAsync(ctx, settings, iso: true);
}
