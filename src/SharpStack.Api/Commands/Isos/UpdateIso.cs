using SharpStack.Api.Commands.Templates;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;

namespace SharpStack.Api.Commands.Isos;

/// <summary>Changes an ISO's name, text, OS type, bootable and other flags; its owner or an admin above it only.</summary>
[ApiCommand("updateIso")]
public sealed class UpdateIso : IApiCommand
{
    public Task<ApiResult> ExecuteAsync(CommandContext ctx) => UpdateTemplate.UpdateAsync(ctx, iso: true);
}
