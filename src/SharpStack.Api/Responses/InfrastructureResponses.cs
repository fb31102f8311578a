using SharpStack.Api.Access;
using SharpStack.Core.Identity;
using SharpStack.Core.Infrastructure;

namespace SharpStack.Api.Responses;

public static class InfrastructureResponses
{
    public static ApiObject Zone(Zone zone, Domain? dedicatedTo, Caller caller)
    {
        var obj = new ApiObject
        {
            { "id", zone.Uuid },
            { "name", zone.Name },
            { "description", zone.Description },
            { "dns1", zone.Dns1 },
            { "dns2", zone.Dns2 },
            { "ip6dns1", zone.Ip6Dns1 },
            { "ip6dns2", zone.Ip6Dns2 },
            { "domain", zone.NetworkDomain },
            { "domainid", dedicatedTo?.Uuid },
            { "domainname", dedicatedTo?.Name },
            { "networktype", zone.NetworkType.ToString() },
            { "securitygroupsenabled", zone.SecurityGroupsEnabled },
            { "allocationstate", zone.AllocationState.ToString() },
            { "dhcpprovider", "VirtualRouter" },
            { "localstorageenabled", zone.LocalStorageEnabled },
            { "type", "Core" },
        };
        if (caller.IsRootAdmin)
        {
            obj.Add("internaldns1", zone.InternalDns1);
            obj.Add("internaldns2", zone.InternalDns2);
            obj.Add("guestcidraddress", zone.GuestCidr);
            obj.Add("zonetoken", zone.RegistrationToken);
        }
        else if (zone.NetworkType == NetworkType.Advanced)
        {
            obj.Add("guestcidraddress", zone.GuestCidr);
        }
        return obj;
    }

    public static ApiObject Pod(Pod pod, Zone zone) => new()
    {
        { "id", pod.Uuid },
        { "name", pod.Name },
        { "zoneid", zone.Uuid },
        { "zonename", zone.Name },
        { "gateway", pod.Gateway },
        { "netmask", pod.Netmask },
        { "startip", pod.StartIp is null ? null : new[] { pod.StartIp } },
        { "endip", pod.EndIp is null ? null : new[] { pod.EndIp } },
        { "forsystemvms", pod.StartIp is null ? null : new[] { "0" } },
        { "vlanid", pod.StartIp is null ? null : new[] { "" } },
        { "allocationstate", pod.AllocationState.ToString() },
    };

    public static ApiObject Cluster(Cluster cluster, Pod pod, Zone zone) => new()
    {
        { "id", cluster.Uuid },
        { "name", cluster.Name },
        { "podid", pod.Uuid },
        { "podname", pod.Name },
        { "zoneid", zone.Uuid },
        { "zonename", zone.Name },
        { "hypervisortype", cluster.Hypervisor.ToString() },
        { "clustertype", cluster.ClusterType },
        { "allocationstate", cluster.AllocationState.ToString() },
        { "managedstate", cluster.ManagedState.ToString() },
        { "arch", cluster.Arch },
        // SharpStack extension: the token a host agent uses to join this cluster (only root admins list clusters).
        { "registrationtoken", cluster.RegistrationToken },
    };
}
