using SharpStack.Api.Commands.Offerings;
using SharpStack.Api.Responses;
using SharpStack.Core.Networks;
using SharpStack.Core.Offerings;
using SharpStack.Data;

namespace SharpStack.Api.Commands.NetworkOfferings;

internal static class NetworkOfferingResponses
{
    public static async Task<ApiObject> ToResponseAsync(CloudDbContext db, NetworkOffering o, CancellationToken ct)
    {
        var (domainIds, domains) = await OfferingScope.DescribeDomainsAsync(db, o.DomainIds, ct);
        var (zoneIds, zones) = await OfferingScope.DescribeZonesAsync(db, o.ZoneIds, ct);
        var serviceOffering = o.ServiceOfferingId is { } sid ? await db.ServiceOfferings.FindAsync([sid], ct) : null;
        return new ApiObject
        {
            { "id", o.Uuid },
            { "name", o.Name },
            { "displaytext", o.DisplayText },
            { "tags", o.Tags },
            { "created", o.Created },
            { "traffictype", o.TrafficType },
            { "isdefault", o.IsDefault },
            { "specifyvlan", o.SpecifyVlan },
            { "conservemode", o.ConserveMode },
            { "specifyipranges", o.SpecifyIpRanges },
            { "availability", o.Availability },
            { "networkrate", o.NetworkRate },
            { "state", o.State.ToString() },
            { "guestiptype", o.GuestType.ToString() },
            { "serviceofferingid", serviceOffering?.Uuid },
            { "service", Services(o) },
            { "forvpc", o.ForVpc },
            { "fornsx", false },
            { "fortungsten", false },
            { "ispersistent", o.IsPersistent },
            { "egressdefaultpolicy", o.EgressDefaultPolicy },
            { "maxconnections", o.MaxConnections },
            { "supportsstrechedl2subnet", false },
            { "supportspublicaccess", o.SupportsPublicAccess },
            { "supportsinternallb", o.SupportsInternalLb },
            { "domainid", domainIds },
            { "domain", domains },
            { "zoneid", zoneIds },
            { "zone", zones },
            { "internetprotocol", o.InternetProtocol },
            { "specifyasnumber", false },
            { "hasannotations", false },
        };
    }

    /// <summary>The offering's services with their provider and the capabilities upstream reports for them.</summary>
    public static List<ApiObject> Services(NetworkOffering o) =>
        o.Services.OrderBy(s => NetworkServices.All.ToList().IndexOf(s.Service)).Select(s =>
        {
            var service = new ApiObject
            {
                { "name", s.Service },
                { "provider", new List<ApiObject> { new() { { "name", s.Provider } } } },
            };
            var capabilities = Capabilities(o, s.Service);
            if (capabilities.Count > 0)
            {
                service.Add("capability", capabilities);
            }
            return service;
        }).ToList();

    private static List<ApiObject> Capabilities(NetworkOffering o, string service)
    {
        ApiObject Capability(string name, string value, bool canChoose) => new()
        {
            { "name", name },
            { "value", value },
            { "canchooseservicecapability", canChoose },
        };
        return service switch
        {
            NetworkServices.SourceNat =>
            [
                Capability("SupportedSourceNatTypes", o.SourceNatType ?? "peraccount", true),
                Capability("RedundantRouter", o.RedundantRouter ? "true" : "false", true),
            ],
            NetworkServices.Lb =>
            [
                Capability("SupportedLBIsolation", "dedicated", true),
                Capability("ElasticLb", "false", true),
                Capability("LbSchemes", o.SupportsInternalLb ? "Internal" : "Public", true),
            ],
            NetworkServices.StaticNat =>
            [
                Capability("ElasticIp", "false", true),
                Capability("AssociatePublicIP", "true", true),
            ],
            _ => [],
        };
    }
}
