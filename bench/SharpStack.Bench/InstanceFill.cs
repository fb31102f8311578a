using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SharpStack.Core.Compute;
using SharpStack.Core.Networks;
using SharpStack.Core.Storage;
using SharpStack.Data;

namespace SharpStack.Bench;

/// <summary>
/// Adds instances straight through the server's own CloudDbContext, for listing at counts the API
/// would take too long to deploy. Each row copies a deployed instance (owner, zone, offering,
/// template, guest OS, sizes; hosts taken in turn from the deployed ones) with a root disk on the
/// same pool and one nic. Names are distinct (i-ACCOUNT-ID-VM), and so are the nics' addresses:
/// each extra network (a /24 of the same account, 10.100.0.0/24, 10.100.1.0/24, ...) holds 250
/// of them, with MAC addresses made from the nic id as the server makes them. Resource counts
/// and host capacity are not touched: these rows exist to be listed. On PostgreSQL the fill ends
/// with ANALYZE of the tables it filled, as autovacuum would soon do; SQLite gets none, as the
/// server never runs one.
/// </summary>
internal static class InstanceFill
{
    public const int BatchSize = 5000;
    private const int NicsPerNetwork = 250;

    public sealed record Result(int Added, int Networks, TimeSpan Elapsed);

    /// <summary>
    /// Adds instances until <paramref name="target"/> live ones exist (of the account
    /// <paramref name="accountId"/> when given, copying one of its instances; else of all); returns how many it added.
    /// </summary>
    public static async Task<Result> FillAsync(IServiceProvider services, int target, CancellationToken ct, long? accountId = null)
    {
        var clock = Stopwatch.StartNew();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CloudDbContext>();
        var live = db.VirtualMachines.Where(v => v.Removed == null && (accountId == null || v.AccountId == accountId));
        var existing = await live.CountAsync(ct);
        var missing = target - existing;
        if (missing <= 0)
        {
            return new Result(0, 0, clock.Elapsed);
        }
        var source = await live.AsNoTracking().Where(v => v.State == VmState.Running)
            .OrderBy(v => v.Id).FirstOrDefaultAsync(ct)
            ?? throw new BenchSetupException("no Running instance to copy");
        var root = await db.Volumes.AsNoTracking().FirstAsync(v => v.VmId == source.Id && v.Type == VolumeType.ROOT, ct);
        var sourceNic = await db.Nics.AsNoTracking().FirstAsync(n => n.VmId == source.Id, ct);
        var sourceNetwork = await db.Networks.AsNoTracking().FirstAsync(n => n.Id == sourceNic.NetworkId, ct);
        var hosts = await db.VirtualMachines.AsNoTracking().Where(v => v.HostId != null && v.State == VmState.Running && v.ZoneId == source.ZoneId)
            .Select(v => new { HostId = v.HostId!.Value, v.PodId }).Distinct().OrderBy(h => h.HostId).ToListAsync(ct);
        // Extra networks already made by an earlier fill, with how many nics each holds.
        var benchNetworks = await db.Networks.AsNoTracking().Where(n => n.AccountId == source.AccountId && n.Name.StartsWith("bench-fill-"))
            .OrderBy(n => n.Id).ToListAsync(ct);
        var lastNetwork = benchNetworks.LastOrDefault();
        var lastUsed = lastNetwork is null ? NicsPerNetwork : await db.Nics.CountAsync(n => n.NetworkId == lastNetwork.Id, ct);
        var networksMade = 0;
        var added = 0;
        var now = DateTime.UtcNow;
        while (added < missing)
        {
            var batch = Math.Min(BatchSize, missing - added);
            var vms = new List<VirtualMachine>(batch);
            for (var i = 0; i < batch; i++)
            {
                var uuid = Guid.NewGuid();
                var host = hosts[(added + i) % hosts.Count];
                vms.Add(new VirtualMachine
                {
                    Uuid = uuid,
                    InstanceName = "bench-pending-" + uuid.ToString("N"),
                    Name = $"VM-{uuid}",
                    DisplayName = $"VM-{uuid}",
                    AccountId = source.AccountId,
                    DomainId = source.DomainId,
                    UserId = source.UserId,
                    ZoneId = source.ZoneId,
                    PodId = host.PodId,
                    HostId = host.HostId,
                    LastHostId = host.HostId,
                    ServiceOfferingId = source.ServiceOfferingId,
                    TemplateId = source.TemplateId,
                    GuestOsId = source.GuestOsId,
                    Hypervisor = source.Hypervisor,
                    State = VmState.Running,
                    CpuNumber = source.CpuNumber,
                    CpuSpeed = source.CpuSpeed,
                    Memory = source.Memory,
                    HaEnabled = source.HaEnabled,
                    DisplayVm = source.DisplayVm,
                    Created = now,
                });
            }
            db.VirtualMachines.AddRange(vms);
            await db.SaveChangesAsync(ct);

            var nics = new List<(Nic Nic, Network Network)>(batch);
            foreach (var vm in vms)
            {
                vm.InstanceName = VirtualMachine.InstanceNameFor(vm.AccountId, vm.Id);
                db.Volumes.Add(new Volume
                {
                    Name = $"ROOT-{vm.Id}",
                    AccountId = vm.AccountId,
                    DomainId = vm.DomainId,
                    ZoneId = vm.ZoneId,
                    PoolId = root.PoolId,
                    VmId = vm.Id,
                    DeviceId = 0,
                    Type = VolumeType.ROOT,
                    State = VolumeState.Ready,
                    SizeBytes = root.SizeBytes,
                    TemplateId = root.TemplateId,
                    Path = Guid.NewGuid().ToString(),
                    ProvisioningType = root.ProvisioningType,
                    Created = now,
                    Attached = now,
                });
                if (lastUsed >= NicsPerNetwork)
                {
                    var k = benchNetworks.Count;
                    var prefix = string.Create(CultureInfo.InvariantCulture, $"10.{100 + k / 256}.{k % 256}");
                    lastNetwork = new Network
                    {
                        Name = string.Create(CultureInfo.InvariantCulture, $"bench-fill-{k + 1}"),
                        DisplayText = "bench fill network",
                        ZoneId = sourceNetwork.ZoneId,
                        PhysicalNetworkId = sourceNetwork.PhysicalNetworkId,
                        AccountId = sourceNetwork.AccountId,
                        DomainId = sourceNetwork.DomainId,
                        GuestType = sourceNetwork.GuestType,
                        TrafficType = sourceNetwork.TrafficType,
                        AclType = sourceNetwork.AclType,
                        Cidr = prefix + ".0/24",
                        Gateway = prefix + ".1",
                        Netmask = "255.255.255.0",
                        NetworkDomain = sourceNetwork.NetworkDomain,
                        BroadcastUri = sourceNetwork.BroadcastUri,
                        State = NetworkState.Implemented,
                        Created = now,
                    };
                    db.Networks.Add(lastNetwork);
                    benchNetworks.Add(lastNetwork);
                    networksMade++;
                    lastUsed = 0;
                }
                var network = lastNetwork!;
                // .2 to .251 of the network's /24 (.1 is the gateway).
                var cidr = network.Cidr!;
                var subnet = cidr[..cidr.LastIndexOf('.')];
                nics.Add((new Nic
                {
                    VmId = vm.Id,
                    Ipv4Address = string.Create(CultureInfo.InvariantCulture, $"{subnet}.{2 + lastUsed}"),
                    Netmask = network.Netmask,
                    Gateway = network.Gateway,
                    DeviceId = 0,
                    IsDefault = true,
                    Created = now,
                }, network));
                lastUsed++;
            }
            // The disks, the instance names and any new networks first, so the nics can take the networks' ids.
            await db.SaveChangesAsync(ct);
            foreach (var (nic, network) in nics)
            {
                nic.NetworkId = network.Id;
                db.Nics.Add(nic);
            }
            await db.SaveChangesAsync(ct);
            foreach (var (nic, _) in nics)
            {
                nic.MacAddress = Nic.MacFor(nic.Id);
            }
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            added += batch;
        }
        if (db.Database.IsNpgsql())
        {
            // Autovacuum would analyze these tables on its own within a minute or so; without it the
            // planner would go on with the statistics of the nearly empty tables the fill started from.
            await db.Database.ExecuteSqlRawAsync("ANALYZE vm_instances, volumes, nics, networks", ct);
        }
        return new Result(added, networksMade, clock.Elapsed);
    }
}
