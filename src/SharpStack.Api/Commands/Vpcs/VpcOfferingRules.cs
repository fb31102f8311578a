using SharpStack.Api.Binding;
using SharpStack.Core.Errors;
using SharpStack.Core.Networks;

namespace SharpStack.Api.Commands.Vpcs;

/// <summary>What a VPC offering may hold: VPC router services (no Firewall or security groups: tiers use ACLs), each from a VPC provider.</summary>
internal static class VpcOfferingRules
{
    public static readonly IReadOnlyList<string> Supported =
        [NetworkServices.Dhcp, NetworkServices.Dns, NetworkServices.SourceNat, NetworkServices.StaticNat, NetworkServices.PortForwarding, NetworkServices.Lb,
         NetworkServices.UserData, NetworkServices.Vpn, NetworkServices.NetworkAcl, NetworkServices.Gateway];

    private static readonly string[] Providers = [NetworkServices.VpcVirtualRouter, NetworkServices.InternalLbVm, NetworkServices.ConfigDrive];

    public static List<VpcOfferingService> Services(BoundParameters p)
    {
        var services = new List<VpcOfferingService>();
        foreach (var name in p.StringList("supportedservices"))
        {
            var service = NetworkServices.Canonical(name) ?? throw CloudException.InvalidParameter($"Invalid service {name}");
            if (!Supported.Contains(service))
            {
                throw CloudException.InvalidParameter($"Service {service} is not supported in VPC: use one of {string.Join(", ", Supported)}");
            }
            if (services.All(s => s.Service != service))
            {
                services.Add(new VpcOfferingService { Service = service, Provider = NetworkServices.VpcVirtualRouter });
            }
        }
        if (services.Count == 0)
        {
            throw CloudException.InvalidParameter("supportedservices is required: name the services a VPC of this offering gets");
        }
        foreach (var entry in p.Map("serviceproviderlist"))
        {
            var serviceName = entry.GetValueOrDefault("service") ?? throw CloudException.InvalidParameter("serviceproviderlist entries need a service and a provider");
            var providerName = entry.GetValueOrDefault("provider") ?? throw CloudException.InvalidParameter("serviceproviderlist entries need a service and a provider");
            var service = services.FirstOrDefault(s => s.Service.Equals(serviceName, StringComparison.OrdinalIgnoreCase))
                          ?? throw CloudException.InvalidParameter($"Service {serviceName} of serviceproviderlist is not in supportedservices");
            var provider = Providers.FirstOrDefault(x => x.Equals(providerName, StringComparison.OrdinalIgnoreCase))
                           ?? throw CloudException.InvalidParameter($"Invalid VPC service provider {providerName}: use one of {string.Join(", ", Providers)}");
            if (!NetworkServices.ProviderServices[provider].Contains(service.Service))
            {
                throw CloudException.InvalidParameter($"Provider {provider} does not support service {service.Service}");
            }
            service.Provider = provider;
        }
        return services;
    }

    /// <summary>servicecapabilitylist: only SourceNat's RedundantRouter is supported (no distributed or region-level VPCs).</summary>
    public static bool RedundantRouter(BoundParameters p, IReadOnlyList<VpcOfferingService> services)
    {
        var redundant = false;
        foreach (var entry in p.Map("servicecapabilitylist"))
        {
            var service = entry.GetValueOrDefault("service") ?? "";
            var type = entry.GetValueOrDefault("capabilitytype") ?? "";
            var value = entry.GetValueOrDefault("capabilityvalue") ?? "";
            if (!service.Equals(NetworkServices.SourceNat, StringComparison.OrdinalIgnoreCase) || !type.Equals("RedundantRouter", StringComparison.OrdinalIgnoreCase))
            {
                throw CloudException.InvalidParameter($"Capability {type} of service {service} is not supported for VPC offerings (only SourceNat RedundantRouter)");
            }
            if (services.All(s => s.Service != NetworkServices.SourceNat))
            {
                throw CloudException.InvalidParameter("RedundantRouter needs the SourceNat service");
            }
            redundant = bool.TryParse(value, out var b) ? b : throw CloudException.InvalidParameter($"Invalid RedundantRouter value {value}: use true or false");
        }
        return redundant;
    }
}
