using System.Text.Json;
using SharpStack.Agent.HostProbe;
using SharpStack.Agent.Instances;
using SharpStack.Agent.Networking;
using SharpStack.Agent.Protocol;
using SharpStack.Agent.Storage;
using Commands = SharpStack.Agent.Protocol.AgentProtocol.Commands;

namespace SharpStack.Agent.Dispatch;

/// <summary>Answers the server's host commands: instances and volumes here, routers and security groups through their backends.</summary>
public sealed class CommandDispatcher(InstanceManager instances, InstanceDevices devices, Migrations migrations, Snapshots snapshots,
    IRouterBackend routers, ISecurityGroupBackend securityGroups)
{
    private static readonly JsonElement Done = AgentProtocol.ToBody(new { });

    public async Task<JsonElement> HandleAsync(AgentMessage request, CancellationToken ct)
    {
        var body = request.Body;
        switch (request.Name)
        {
            case Commands.StartVm:
                await instances.StartAsync(Read<StartVmRequest>(body).Vm, ct);
                break;
            case Commands.StopVm:
                var stop = Read<StopVmRequest>(body);
                await instances.StopAsync(stop.InstanceName, stop.Force, ct);
                await securityGroups.RemoveAsync(stop.InstanceName, ct);
                break;
            case Commands.RebootVm:
                await instances.RebootAsync(Read<RebootVmRequest>(body).InstanceName, ct);
                break;
            case Commands.AttachVolume:
                var attach = Read<AttachVolumeRequest>(body);
                await devices.AttachDiskAsync(attach.InstanceName, attach.Disk, ct);
                break;
            case Commands.DetachVolume:
                var detach = Read<AttachVolumeRequest>(body);
                await devices.DetachDiskAsync(detach.InstanceName, detach.Disk, ct);
                break;
            case Commands.AttachIso:
                await devices.ChangeIsoAsync(Read<AttachIsoRequest>(body), ct);
                break;
            case Commands.PlugNic:
                var plug = Read<PlugNicRequest>(body);
                await devices.PlugNicAsync(plug.InstanceName, plug.Nic, ct);
                break;
            case Commands.UnplugNic:
                var unplug = Read<PlugNicRequest>(body);
                await devices.UnplugNicAsync(unplug.InstanceName, unplug.Nic, ct);
                break;
            case Commands.ResizeVolume:
                await devices.ResizeAsync(Read<ResizeVolumeRequest>(body), ct);
                break;
            case Commands.DestroyVolume:
                DiskStore.Delete(Read<DestroyVolumeRequest>(body));
                break;
            case Commands.PrepareForMigration:
                await migrations.PrepareAsync(Read<StartVmRequest>(body).Vm, ct);
                break;
            case Commands.MigrateVm:
                await migrations.MigrateAsync(Read<MigrateVmRequest>(body), ct);
                break;
            case Commands.CreateSnapshot:
                await snapshots.TakeAsync(Read<SnapshotRequest>(body), ct);
                break;
            case Commands.BackupSnapshot when Snapshots.IsSnapshotRequest(body):
                // One name for two requests: a backup while the volume's file exists, a new volume from the snapshot otherwise.
                var copy = Read<SnapshotRequest>(body);
                if (File.Exists(DiskStore.FileOf(copy.Disk)))
                {
                    Snapshots.BackUp(copy);
                }
                else
                {
                    await Snapshots.RestoreAsync(copy, ct);
                }
                break;
            case Commands.RevertSnapshot:
                await Snapshots.RestoreAsync(Read<SnapshotRequest>(body), ct);
                break;
            case Commands.DeleteSnapshot:
                Snapshots.Delete(Read<SnapshotRequest>(body));
                break;
            case Commands.ScaleVm:
                throw new HostCommandException("changing a running instance's CPUs and memory is not supported by sharpstack-agent: stop the instance and scale it");
            case Commands.StartRouter:
                await routers.StartAsync(Read<StartRouterRequest>(body), ct);
                break;
            case Commands.ApplyRouterConfig:
                await routers.ApplyAsync(Read<ApplyRouterConfigRequest>(body).Config, ct);
                break;
            case Commands.StopRouter:
                await routers.StopAsync(Read<StopRouterRequest>(body), ct);
                break;
            case Commands.SecurityGroupRules:
                await securityGroups.ApplyAsync(Read<SecurityGroupRulesRequest>(body), ct);
                break;
            default:
                throw new HostCommandException($"{request.Name} is not supported by sharpstack-agent yet");
        }
        return Done;
    }

    private static T Read<T>(JsonElement body) => AgentProtocol.FromBody<T>(body);
}
