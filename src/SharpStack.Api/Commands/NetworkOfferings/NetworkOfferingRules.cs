using SharpStack.Api.Binding;
using SharpStack.Core.Errors;
using SharpStack.Core.Networks;
using SharpStack.Core.Offerings;

namespace SharpStack.Api.Commands.NetworkOfferings;

/// <summary>What createNetworkOffering accepts: services, their providers and capabilities, and the flags that must agree with them.</summary>
internal static class NetworkOfferingRules
{
    public static GuestType ParseGuestType(string text) =>
        Enum.TryParse<GuestType>(text, ignoreCase: true, out var type) && Enum.IsDefined(type)
            ? type
            : throw CloudException.InvalidParameter($"Invalid guestiptype {text}: use Shared, Isolated or L2");

    public static string ParseAvailability(string text) =>
        text.Equals("Required", StringComparison.OrdinalIgnoreCase) ? "Required"
        : text.Equals("Optional", StringComparison.OrdinalIgnoreCase) ? "Optional"
        : throw CloudException.InvalidParameter($"Invalid availability {text}: use Required or Optional");

    /// <summary>The services asked for (supportedservices), each with its provider (serviceproviderlist or the default one).</summary>
    public static List<NetworkOfferingService> Services(BoundParameters p, bool forVpc)
    {
        var services = new List<NetworkOfferingService>();
        foreach (var name in p.StringList("supportedservices"))
        {
            var service = NetworkServices.Canonical(name) ?? throw CloudException.InvalidParameter($"Invalid service {name}: use one of {string.Join(", ", NetworkServices.All)}");
            if (services.Any(s => s.Service == service))
            {
                continue;
            }
            services.Add(new NetworkOfferingService { Service = service, Provider = NetworkServices.DefaultProvider(service, forVpc) });
        }
        foreach (var entry in p.Map("serviceproviderlist"))
        {
            var serviceName = entry.GetValueOrDefault("service") ?? throw CloudException.InvalidParameter("serviceproviderlist entries need a service and a provider");
            var providerName = entry.GetValueOrDefault("provider") ?? throw CloudException.InvalidParameter("serviceproviderlist entries need a service and a provider");
            var service = services.FirstOrDefault(s => s.Service.Equals(serviceName, StringComparison.OrdinalIgnoreCase))
                          ?? throw CloudException.InvalidParameter($"Service {serviceName} of serviceproviderlist is not in supportedservices");
            var provider = NetworkServices.ProviderServices.Keys.FirstOrDefault(k => k.Equals(providerName, StringComparison.OrdinalIgnoreCase))
                           ?? throw CloudException.InvalidParameter($"Invalid network service provider {providerName}: use one of {string.Join(", ", NetworkServices.ProviderServices.Keys)}");
            if (!NetworkServices.ProviderServices[provider].Contains(service.Service))
            {
                throw CloudException.InvalidParameter($"Provider {provider} does not support service {service.Service}");
            }
            service.Provider = provider;
        }
        return services;
    }

    /// <summary>Applies servicecapabilitylist entries (source NAT type, redundant router, LB isolation and schemes, elastic IP).</summary>
    public static void ApplyCapabilities(BoundParameters p, NetworkOffering offering)
    {
        foreach (var entry in p.Map("servicecapabilitylist"))
        {
            var service = NetworkServices.Canonical(entry.GetValueOrDefault("service") ?? "") ?? throw CloudException.InvalidParameter("servicecapabilitylist entries need a service, capabilitytype and capabilityvalue");
            var type = entry.GetValueOrDefault("capabilitytype") ?? throw CloudException.InvalidParameter("servicecapabilitylist entries need a capabilitytype");
            var value = entry.GetValueOrDefault("capabilityvalue") ?? throw CloudException.InvalidParameter("servicecapabilitylist entries need a capabilityvalue");
            if (!offering.Has(service))
            {
                throw CloudException.InvalidParameter($"Capability {type} is for service {service}, which the offering does not have");
            }
            switch (service, type.ToLowerInvariant())
            {
                case (NetworkServices.SourceNat, "supportedsourcenattypes"):
                    offering.SourceNatType = value.ToLowerInvariant() is "peraccount" or "perzone" ? value.ToLowerInvariant() : throw CloudException.InvalidParameter($"Invalid SupportedSourceNatTypes {value}: use peraccount or perzone");
                    break;
                case (NetworkServices.SourceNat, "redundantrouter"):
                    offering.RedundantRouter = ParseBool(value, type);
                    break;
                case (NetworkServices.Lb, "supportedlbisolation"):
                    if (!value.Equals("dedicated", StringComparison.OrdinalIgnoreCase))
                    {
                        throw CloudException.InvalidParameter("Only dedicated load balancer isolation is supported");
                    }
                    break;
                case (NetworkServices.Lb, "lbschemes"):
                    offering.SupportsInternalLb = value.Equals("Internal", StringComparison.OrdinalIgnoreCase)
                        ? true
                        : value.Equals("Public", StringComparison.OrdinalIgnoreCase) ? false : throw CloudException.InvalidParameter($"Invalid LbSchemes {value}: use Public or Internal");
                    break;
                case (NetworkServices.Lb, "elasticlb"):
                case (NetworkServices.StaticNat, "elasticip"):
                    if (ParseBool(value, type))
                    {
                        throw CloudException.InvalidParameter($"{type} needs an external device provider, which this cloud does not have");
                    }
                    break;
                case (NetworkServices.StaticNat, "associatepublicip"):
                    ParseBool(value, type);
                    break;
                default:
                    throw CloudException.InvalidParameter($"Capability {type} is not supported for service {service}");
            }
        }
    }

    /// <summary>The combinations upstream refuses.</summary>
    public static void Validate(NetworkOffering o)
    {
        if (o.GuestType == GuestType.L2 && o.Services.Any(s => s.Service != NetworkServices.UserData || s.Provider != NetworkServices.ConfigDrive))
        {
            throw CloudException.InvalidParameter("An L2 network offering can have no services other than UserData by ConfigDrive");
        }
        if (o.GuestType == GuestType.Shared && (o.Has(NetworkServices.SourceNat) || o.Has(NetworkServices.PortForwarding)))
        {
            throw CloudException.InvalidParameter("SourceNat and PortForwarding are not supported for Shared network offerings");
        }
        if (o.GuestType == GuestType.Shared && !o.SpecifyIpRanges)
        {
            throw CloudException.InvalidParameter("specifyIpRanges must be true for Shared network offerings");
        }
        if (o.GuestType == GuestType.Isolated && o.SpecifyIpRanges && o.Has(NetworkServices.SourceNat))
        {
            throw CloudException.InvalidParameter("specifyIpRanges can only be true for Shared network offerings and Isolated ones without the SourceNat service");
        }
        if (o.IsPersistent && o.GuestType == GuestType.Shared)
        {
            throw CloudException.InvalidParameter("A Shared network offering cannot be persistent: shared networks are always implemented");
        }
        if (o.Has(NetworkServices.SecurityGroup) && o.GuestType != GuestType.Shared)
        {
            throw CloudException.InvalidParameter("The SecurityGroup service is only supported for Shared network offerings");
        }
        if (o.ForVpc && (o.GuestType != GuestType.Isolated || o.Has(NetworkServices.Firewall)))
        {
            throw CloudException.InvalidParameter("A VPC network offering must be Isolated and use NetworkACL instead of Firewall");
        }
        if (!o.ForVpc && o.Has(NetworkServices.NetworkAcl))
        {
            throw CloudException.InvalidParameter("The NetworkACL service is only supported for VPC network offerings (forvpc=true)");
        }
        if (o.ForVpc && o.Services.Any(s => s.Provider == NetworkServices.VirtualRouter))
        {
            throw CloudException.InvalidParameter("A VPC network offering uses the VpcVirtualRouter provider, not VirtualRouter");
        }
        if (!o.ForVpc && o.Services.Any(s => s.Provider == NetworkServices.VpcVirtualRouter))
        {
            throw CloudException.InvalidParameter("The VpcVirtualRouter provider is only for VPC network offerings (forvpc=true)");
        }
        if (o.Availability == "Required" && (o.GuestType != GuestType.Isolated || !o.Has(NetworkServices.SourceNat)))
        {
            throw CloudException.InvalidParameter("Availability Required is only for an Isolated network offering with the SourceNat service");
        }
        if ((o.Has(NetworkServices.StaticNat) || o.Has(NetworkServices.PortForwarding) || o.Has(NetworkServices.Lb) || o.Has(NetworkServices.Firewall) || o.Has(NetworkServices.Vpn))
            && o.GuestType == GuestType.Isolated && !o.Has(NetworkServices.SourceNat) && !o.Has(NetworkServices.StaticNat))
        {
            throw CloudException.InvalidParameter("Public IP services (Firewall, PortForwarding, Lb, Vpn) need SourceNat or StaticNat in the offering");
        }
    }

    private static bool ParseBool(string value, string name) =>
        bool.TryParse(value, out var b) ? b : throw CloudException.InvalidParameter($"Invalid value {value} for {name}: use true or false");
}
