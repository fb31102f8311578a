using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Discovery;

/// <summary>What this cloud offers; every value comes from a setting or from what SharpStack supports today.</summary>
[ApiCommand("listCapabilities")]
public sealed class ListCapabilities(SettingsService settings) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var ct = ctx.Cancellation;
        var capability = new ApiObject
        {
            { "cloudstackversion", ResponseWriter.CloudStackVersion },
            // Roles are always checked by their permission rules (upstream's dynamic checker).
            { "dynamicrolesenabled", true },
            { "defaultuipagesize", await settings.GetLongAsync(SettingNames.DefaultUiPageSize, ct) },
            { "allowusercreateprojects", await settings.GetBoolAsync(SettingNames.AllowUserCreateProjects, ct) },
            { "projectinviterequired", await settings.GetBoolAsync(SettingNames.ProjectInviteRequired, ct) },
        };
        return ApiResult.Of(capability);
    }
}
