using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Commands.Networks;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Compute;
using SharpStack.Core.Errors;
using SharpStack.Core.Infrastructure;
using SharpStack.Core.Networks;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Networks;

namespace SharpStack.Api.Commands.Instances;

/// <summary>Gives an instance a nic on another network of its zone; a running instance gets it hot-plugged.</summary>
[ApiCommand("addNicToVirtualMachine")]
public sealed partial class AddNicToVirtualMachine(NicOrchestrator nics) : IOrchestratedCommand
{
    public string EventType => EventTypes.NicCreate;

    public async Task<JobTarget> PrepareAsync(CommandContext ctx) => VmJobs.Target(await CheckAsync(ctx, ctx.Params.RequiredEntity<VirtualMachine>("virtualmachineid")));

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var vm = await VmJobs.LoadAsync(ctx, "virtualmachineid");
        await CheckAsync(ctx, vm);
        var network = ctx.Params.RequiredEntity<Network>("networkid");
        var nic = await nics.AddAsync(ctx.Db, vm, network, ctx.Params.String("ipaddress"), ctx.Params.String("macaddress")?.ToLowerInvariant(), ctx.Actor, ctx.Cancellation);
        ctx.Event(EventTypes.NicCreate, $"Added a nic on network {network.Name} to instance {vm.DisplayName} ({nic.Ipv4Address})", "Nic", nic.Uuid);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        return ApiResult.Of(await VmResponses.ToResponseAsync(ctx.Db, ctx.Caller, vm, ctx.Cancellation));
    }

    private static async Task<VirtualMachine> CheckAsync(CommandContext ctx, VirtualMachine vm)
    {
        var p = ctx.Params;
        if (vm.State is not (VmState.Running or VmState.Stopped))
        {
            throw CloudException.InvalidParameter($"Instance {vm.DisplayName} is {vm.State}: nics can be added to running or stopped instances");
        }
        if (p.Has("dhcpoptions"))
        {
            throw CloudException.InvalidParameter("Extra DHCP options are not supported yet");
        }
        if (p.String("macaddress") is { } mac && !MacAddress().IsMatch(mac))
        {
            throw CloudException.InvalidParameter($"Invalid macaddress {mac}: use six colon-separated hex octets");
        }
        if (p.String("ipaddress") is { } ip && !Ipv4.TryParse(ip, out _))
        {
            throw CloudException.InvalidParameter($"Invalid ipaddress {ip}");
        }
        var network = p.RequiredEntity<Network>("networkid");
        var owner = await ctx.Db.Accounts.AsNoTracking().FirstAsync(a => a.Id == vm.AccountId, ctx.Cancellation);
        var zone = await ctx.Db.Zones.AsNoTracking().FirstAsync(z => z.Id == vm.ZoneId, ctx.Cancellation);
        await NetworkAccess.RequireUsableAsync(ctx.Db, network, owner, zone.Id, zone.Name, ctx.Cancellation);
        if (await ctx.Db.Nics.AnyAsync(n => n.VmId == vm.Id && n.NetworkId == network.Id, ctx.Cancellation))
        {
            throw CloudException.InvalidParameter($"Instance {vm.DisplayName} already has a nic in network {network.Name}");
        }
        return vm;
    }

    [GeneratedRegex("^[0-9a-fA-F]{2}(:[0-9a-fA-F]{2}){5}$")]
    private static partial Regex MacAddress();
}
