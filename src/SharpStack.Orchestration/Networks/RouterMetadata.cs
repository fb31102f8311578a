using Microsoft.EntityFrameworkCore;
using SharpStack.Agent.Protocol;
using SharpStack.Core.Infrastructure;
using SharpStack.Core.Networks;
using SharpStack.Data;

namespace SharpStack.Orchestration.Networks;

/// <summary>
/// What a router's metadata service tells each guest of its network (upstream's userdata and
/// metadata service) and its password service: the instance's ids, names, addresses, offering,
/// user data, SSH keys and password.
/// </summary>
public static class RouterMetadata
{
    /// <param name="guests">The router's guest nics: instance id and the nic's address.</param>
    /// <param name="staticNats">The router's static NAT mappings: a guest with one has that public address.</param>
    /// <param name="reveal">Decrypts the instance password stored with the server key.</param>
    /// <param name="sourceNatIp">The network's source NAT address: a guest's public address unless it has a static NAT.</param>
    public static async Task<List<GuestMetadata>> BuildAsync(CloudDbContext db, Zone zone, IReadOnlyList<(long VmId, string Ipv4Address)> guests,
        IReadOnlyList<StaticNatSpec> staticNats, string? sourceNatIp, Func<string, string> reveal, CancellationToken ct)
    {
        var vmIds = guests.Select(g => g.VmId).Distinct().ToList();
        var vms = await db.VirtualMachines.AsNoTracking().Where(v => vmIds.Contains(v.Id))
            .Join(db.ServiceOfferings.AsNoTracking(), v => v.ServiceOfferingId, o => o.Id,
                (v, o) => new { v.Id, v.Uuid, v.Name, v.AccountId, v.UserData, v.KeyPairs, v.Password, Offering = o.Name })
            .ToDictionaryAsync(v => v.Id, ct);
        var accountIds = vms.Values.Select(v => v.AccountId).Distinct().ToList();
        var keys = (await db.SshKeyPairs.AsNoTracking().Where(k => accountIds.Contains(k.AccountId)).ToListAsync(ct))
            .ToDictionary(k => (k.AccountId, k.Name), k => k.PublicKey);
        var publicOf = staticNats.GroupBy(n => n.PrivateIp).ToDictionary(g => g.Key, g => g.First().PublicIp);
        return guests.Where(g => vms.ContainsKey(g.VmId)).Select(g =>
        {
            var vm = vms[g.VmId];
            var keyNames = (vm.KeyPairs ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return new GuestMetadata(g.Ipv4Address, vm.Uuid.ToString(), vm.Name, publicOf.GetValueOrDefault(g.Ipv4Address) ?? sourceNatIp,
                vm.UserData, keyNames.Select(n => keys.GetValueOrDefault((vm.AccountId, n))).OfType<string>().ToList(), vm.Offering, zone.Name,
                vm.Password is null ? null : reveal(vm.Password));
        }).ToList();
    }
}
