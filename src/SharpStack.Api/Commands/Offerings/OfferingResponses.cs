using SharpStack.Api.Responses;
using SharpStack.Core.Offerings;
using SharpStack.Data;

namespace SharpStack.Api.Commands.Offerings;

internal static class OfferingResponses
{
    public static async Task<ApiObject> ServiceAsync(CloudDbContext db, ServiceOffering o, CancellationToken ct)
    {
        var (domainIds, domains) = await OfferingScope.DescribeDomainsAsync(db, o.DomainIds, ct);
        var (zoneIds, zones) = await OfferingScope.DescribeZonesAsync(db, o.ZoneIds, ct);
        var obj = new ApiObject
        {
            { "id", o.Uuid },
            { "name", o.Name },
            { "state", o.State.ToString() },
            { "displaytext", o.DisplayText },
            { "cpunumber", o.CpuNumber },
            { "cpuspeed", o.CpuSpeed },
            { "memory", o.Memory },
            { "created", o.Created },
            { "storagetype", o.StorageType },
            { "provisioningtype", o.ProvisioningType },
            { "offerha", o.OfferHa },
            { "limitcpuuse", o.LimitCpuUse },
            { "isvolatile", o.IsVolatile },
            { "storagetags", o.StorageTags },
            { "domainid", domainIds },
            { "domain", domains },
            { "zoneid", zoneIds },
            { "zone", zones },
            { "hosttags", o.HostTags },
            { "issystem", o.IsSystem },
            { "defaultuse", o.IsDefault && o.IsSystem },
            { "systemvmtype", o.SystemVmType },
            { "networkrate", o.NetworkRate },
            { "iscustomized", o.CpuNumber is null || o.Memory is null },
            { "rootdisksize", o.RootDiskSizeGb },
            { "dynamicscalingenabled", o.DynamicScalingEnabled },
        };
        if (o.CpuNumber is null || o.Memory is null)
        {
            var details = new Dictionary<string, string>();
            void Detail(string key, int? value)
            {
                if (value is not null)
                {
                    details[key] = value.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
            }
            Detail("mincpunumber", o.MinCpuNumber);
            Detail("maxcpunumber", o.MaxCpuNumber);
            Detail("minmemory", o.MinMemory);
            Detail("maxmemory", o.MaxMemory);
            if (details.Count > 0)
            {
                obj.Add("serviceofferingdetails", details);
            }
        }
        OfferingParams.AddIo(obj, o.Io);
        return obj;
    }

    public static async Task<ApiObject> DiskAsync(CloudDbContext db, DiskOffering o, CancellationToken ct)
    {
        var (domainIds, domains) = await OfferingScope.DescribeDomainsAsync(db, o.DomainIds, ct);
        var (zoneIds, zones) = await OfferingScope.DescribeZonesAsync(db, o.ZoneIds, ct);
        var obj = new ApiObject
        {
            { "id", o.Uuid },
            { "domainid", domainIds },
            { "domain", domains },
            { "zoneid", zoneIds },
            { "zone", zones },
            { "name", o.Name },
            { "state", o.State.ToString() },
            { "displaytext", o.DisplayText },
            { "disksize", o.DiskSizeBytes / (1L << 30) },
            { "created", o.Created },
            { "iscustomized", o.Customized },
            { "tags", o.Tags },
            { "storagetype", o.StorageType },
            { "provisioningtype", o.ProvisioningType },
            { "displayoffering", o.DisplayOffering },
            { "disksizestrictness", o.DiskSizeStrictness },
            { "encrypt", o.Encrypt },
        };
        OfferingParams.AddIo(obj, o.Io);
        return obj;
    }
}
