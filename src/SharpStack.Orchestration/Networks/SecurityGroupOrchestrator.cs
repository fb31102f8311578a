using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SharpStack.Agent.Protocol;
using SharpStack.Core.Compute;
using SharpStack.Core.Errors;
using SharpStack.Core.Infrastructure;
using SharpStack.Core.Networks;
using SharpStack.Data;
using SharpStack.Orchestration.Compute;

namespace SharpStack.Orchestration.Networks;

/// <summary>
/// Tells hosts the security group rule sets of their instances: when an instance starts, and for
/// every running instance a change of rules or of group membership touches. An instance takes part
/// when it has a rule set record (made when it joins its groups).
/// </summary>
public sealed class SecurityGroupOrchestrator(IHostCommandSender hosts, TimeProvider time)
{
    /// <summary>Sends the instance's rule set to the host it is about to start on (before the instance boots).</summary>
    public async Task<HostAnswer> ApplyOnStartAsync(CloudDbContext db, VirtualMachine vm, Host host, CancellationToken ct)
    {
        if (!await db.SecurityGroupRuleSets.AnyAsync(s => s.VmId == vm.Id, ct))
        {
            return HostAnswer.Success;
        }
        return await SendAsync(db, vm, host, ct);
    }

    /// <summary>
    /// Applies a change of rules or membership: <paramref name="change"/> commits it, every running
    /// instance it touches gets its new rule set; if a host cannot apply it, <paramref name="undo"/>
    /// takes the change back, those instances get their previous set again and the error is thrown.
    /// </summary>
    public async Task ChangeAsync(CloudDbContext db, Func<Task> change, Func<Task> undo, Func<Task<List<long>>> affected, CancellationToken ct)
    {
        var before = await affected();
        await change();
        var touched = before.Union(await affected()).ToList();
        var failures = await RefreshAsync(db, touched, ct);
        if (failures.Count == 0)
        {
            return;
        }
        await undo();
        await RefreshAsync(db, touched, ct);
        throw CloudException.ResourceUnavailable($"Failed to apply security group rules: {string.Join("; ", failures)}");
    }

    /// <summary>Sends their current rule sets to the hosts of those of the instances that run; answers the failures.</summary>
    public async Task<List<string>> RefreshAsync(CloudDbContext db, IReadOnlyCollection<long> vmIds, CancellationToken ct)
    {
        var withSets = db.SecurityGroupRuleSets.Select(s => s.VmId);
        var running = await db.VirtualMachines.AsNoTracking()
            .Where(v => vmIds.Contains(v.Id) && v.Removed == null && v.State == VmState.Running && v.HostId != null && withSets.Contains(v.Id))
            .OrderBy(v => v.Id).ToListAsync(ct);
        var hostIds = running.Select(v => v.HostId!.Value).Distinct().ToList();
        var hostsById = await db.Hosts.AsNoTracking().Where(h => hostIds.Contains(h.Id)).ToDictionaryAsync(h => h.Id, ct);
        var failures = new List<string>();
        foreach (var vm in running)
        {
            var answer = await SendAsync(db, vm, hostsById[vm.HostId!.Value], ct);
            if (!answer.Ok)
            {
                failures.Add($"instance {vm.DisplayName}: {answer.Error}");
            }
        }
        return failures;
    }

    /// <summary>
    /// After an instance started or stopped, the running instances whose rules name one of its groups
    /// get its address added or removed. Best effort, as upstream: the instance's own change stands.
    /// </summary>
    public async Task RefreshPeersAsync(CloudDbContext db, long vmId, CancellationToken ct)
    {
        var groupIds = await db.SecurityGroupMembers.Where(m => m.VmId == vmId).Select(m => m.GroupId).ToListAsync(ct);
        if (groupIds.Count > 0)
        {
            await RefreshAsync(db, await ReferencingMembersAsync(db, groupIds, ct), ct);
        }
    }

    /// <summary>The instances in the groups.</summary>
    public static Task<List<long>> MembersAsync(CloudDbContext db, IReadOnlyCollection<long> groupIds, CancellationToken ct) =>
        db.SecurityGroupMembers.Where(m => groupIds.Contains(m.GroupId)).Select(m => m.VmId).Distinct().ToListAsync(ct);

    /// <summary>The instances whose rule sets list the groups' members: members of groups with a rule naming one of them.</summary>
    public static Task<List<long>> ReferencingMembersAsync(CloudDbContext db, IReadOnlyCollection<long> groupIds, CancellationToken ct)
    {
        var referencing = db.SecurityGroupRules.Where(r => r.AllowedGroupId != null && groupIds.Contains(r.AllowedGroupId.Value)).Select(r => r.SecurityGroupId);
        return db.SecurityGroupMembers.Where(m => referencing.Contains(m.GroupId)).Select(m => m.VmId).Distinct().ToListAsync(ct);
    }

    private async Task<HostAnswer> SendAsync(CloudDbContext db, VirtualMachine vm, Host host, CancellationToken ct)
    {
        await db.SecurityGroupRuleSets.Where(s => s.VmId == vm.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Sequence, x => x.Sequence + 1), ct);
        var sequence = await db.SecurityGroupRuleSets.Where(s => s.VmId == vm.Id).Select(s => s.Sequence).FirstAsync(ct);
        var request = await SecurityGroupRuleSets.BuildAsync(db, vm, sequence, ct);
        var answer = await hosts.SendAsync(host, AgentProtocol.Commands.SecurityGroupRules, request, ct);
        if (answer.Ok)
        {
            var json = JsonSerializer.Serialize(request, AgentProtocol.Json);
            var now = time.GetUtcNow().UtcDateTime;
            // Only a newer set replaces the record: concurrent changes may be answered out of order.
            await db.SecurityGroupRuleSets.Where(s => s.VmId == vm.Id && s.AppliedSequence < sequence)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.AppliedSequence, sequence).SetProperty(x => x.Applied, json).SetProperty(x => x.AppliedAt, now), ct);
        }
        return answer;
    }
}
