using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Auth;
using SharpStack.Api.Responses;
using SharpStack.Api.Access;
using SharpStack.Orchestration.Settings;

namespace SharpStack.Api.Pipeline;

/// <summary>
/// Runs a command's work in one database transaction, so a rejected or failed call leaves no
/// half-written record. Read-only commands (list, get, query) run without one.
/// </summary>
public sealed class CommandExecutor(IdentityCache identities, RolePermissionChecker roles, SettingsService settings)
{
    public async Task<ApiResult> ExecuteAsync(IApiCommand handler, CommandContext ctx)
    {
        var result = await RunAsync(handler, ctx);
        await ProjectOwnerFields.ApplyAsync(ctx.Db, result, ctx.Cancellation);
        return result;
    }

    private async Task<ApiResult> RunAsync(IApiCommand handler, CommandContext ctx)
    {
        if (IsReadOnly(ctx.Info.Name))
        {
            return await handler.ExecuteAsync(ctx);
        }
        ApiResult result;
        if (handler is IOrchestratedCommand)
        {
            result = await handler.ExecuteAsync(ctx);
            await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        }
        else
        {
            await using var tx = await ctx.Db.Database.BeginTransactionAsync(ctx.Cancellation);
            result = await handler.ExecuteAsync(ctx);
            await ctx.Db.SaveChangesAsync(ctx.Cancellation);
            await tx.CommitAsync(ctx.Cancellation);
        }
        // Identity, role and setting changes must take effect on the next request. Caches are
        // dropped after the commit, so a reader in between cannot cache the old value again.
        identities.Invalidate();
        roles.Invalidate();
        settings.Invalidate();
        return result;
    }

    public Task<JobTarget> PrepareAsync(IAsyncApiCommand handler, CommandContext ctx) => handler.PrepareAsync(ctx);

    /// <summary>Lists, gets and queries only read; getUploadParams* creates the record the upload will fill.</summary>
    public static bool IsReadOnly(string command) =>
        command.StartsWith("list", StringComparison.OrdinalIgnoreCase) ||
        (command.StartsWith("get", StringComparison.OrdinalIgnoreCase) && !command.StartsWith("getUploadParams", StringComparison.OrdinalIgnoreCase)) ||
        command.StartsWith("query", StringComparison.OrdinalIgnoreCase);
}
