using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Commands.Configuration;

/// <summary>Changes a global setting; without value it goes back to its default.</summary>
[ApiCommand("updateConfiguration")]
public sealed class UpdateConfiguration(SettingsService settings) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        ScopedSettings.EnsureGlobal(ctx);
        if (!ctx.Caller.IsRootAdmin)
        {
            throw CloudException.PermissionDenied("Only the root admin can change global settings");
        }
        var name = ctx.Params.String("name")!;
        var value = ctx.Params.String("value");
        var def = await settings.UpdateAsync(ctx.Db, name, value, ctx.Cancellation);
        ctx.Event(EventTypes.ConfigurationValueEdit, $"Successfully set configuration {name} to {value ?? "its default"}", "Configuration", null, name);
        return ApiResult.Of(ConfigurationResponses.Setting(def, value ?? def.DefaultValue));
    }
}
