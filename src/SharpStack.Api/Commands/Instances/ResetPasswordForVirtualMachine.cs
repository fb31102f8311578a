using SharpStack.Orchestration.Security;
using SharpStack.Api.Auth;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Compute;
using SharpStack.Core.Errors;
using SharpStack.Core.Images;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Instances;

/// <summary>Sets a new password (given, or generated) on a stopped instance of a password-enabled template; the guest takes it at its next start.</summary>
[ApiCommand("resetPasswordForVirtualMachine")]
public sealed class ResetPasswordForVirtualMachine(SecretProtector secrets) : IAsyncApiCommand
{
    public string EventType => EventTypes.VmResetPassword;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx)
    {
        await EnsureAsync(ctx, ctx.Params.RequiredEntity<VirtualMachine>("id"));
        return VmJobs.Target(ctx.Params.RequiredEntity<VirtualMachine>("id"));
    }

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var vm = await VmJobs.LoadAsync(ctx);
        await EnsureAsync(ctx, vm);
        var password = ctx.Params.String("password") ?? InstancePasswords.Generate();
        vm.Password = secrets.Protect(password);
        ctx.Event(EventTypes.VmResetPassword, $"Reset the password of instance {vm.DisplayName}", "VirtualMachine", vm.Uuid, vm.DisplayName);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        return ApiResult.Of(await VmResponses.ToResponseAsync(ctx.Db, ctx.Caller, vm, ctx.Cancellation, password));
    }

    private static async Task EnsureAsync(CommandContext ctx, VirtualMachine vm)
    {
        var template = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(ctx.Db.VmTemplates, t => t.Id == vm.TemplateId, ctx.Cancellation);
        if (!template.PasswordEnabled)
        {
            throw CloudException.InvalidParameter($"The template of instance {vm.DisplayName} is not password enabled");
        }
        if (vm.State != VmState.Stopped)
        {
            throw CloudException.InvalidParameter($"Instance {vm.DisplayName} is {vm.State}: stop it to reset its password");
        }
        if (ctx.Params.String("password") is { Length: < 6 or > 255 })
        {
            throw CloudException.InvalidParameter("password must have 6 to 255 characters");
        }
    }
}
