using SharpStack.Api.Commands.Offerings;
using SharpStack.Api.Responses;
using SharpStack.Core.Networks;
using SharpStack.Data;

namespace SharpStack.Api.Commands.Vpcs;

internal static class VpcOfferingResponses
{
    public static async Task<ApiObject> ToResponseAsync(CloudDbContext db, VpcOffering o, CancellationToken ct)
    {
        var (domainIds, domains) = await OfferingScope.DescribeDomainsAsync(db, o.DomainIds, ct);
        var (zoneIds, zones) = await OfferingScope.DescribeZonesAsync(db, o.ZoneIds, ct);
        return new ApiObject
        {
            { "id", o.Uuid },
            { "name", o.Name },
            { "displaytext", o.DisplayText },
            { "created", o.Created },
            { "isdefault", o.IsDefault },
            { "state", o.State.ToString() },
            { "service", Services(o) },
            { "distributedvpcrouter", false },
            { "supportsregionLevelvpc", false },
            { "fornsx", false },
            { "networkmode", "NATTED" },
            { "domainid", domainIds },
            { "domain", domains },
            { "zoneid", zoneIds },
            { "zone", zones },
            { "internetprotocol", o.InternetProtocol },
            { "specifyasnumber", false },
        };
    }

    public static List<ApiObject> Services(VpcOffering o) =>
        o.Services.OrderBy(s => NetworkServices.All.ToList().IndexOf(s.Service)).Select(s =>
        {
            var service = new ApiObject
            {
                { "name", s.Service },
                { "provider", new List<ApiObject> { new() { { "name", s.Provider } } } },
            };
            if (s.Service == NetworkServices.SourceNat)
            {
                service.Add("capability", new List<ApiObject>
                {
                    new() { { "name", "RedundantRouter" }, { "value", o.RedundantRouter ? "true" : "false" }, { "canchooseservicecapability", true } },
                });
            }
            return service;
        }).ToList();
}
