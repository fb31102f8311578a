using SharpStack.Api.Identity;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Core.Infrastructure;
using SharpStack.Core.Offerings;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Offerings;

/// <summary>
/// Creates a compute offering: fixed (cpunumber, cpuspeed and memory given) or customized, where
/// the deployer picks CPU and memory, optionally within min/max bounds (a constrained offering).
/// </summary>
[ApiCommand("createServiceOffering")]
public sealed class CreateServiceOffering : IApiCommand
{
    private static readonly string[] SystemVmTypes = ["domainrouter", "consoleproxy", "secondarystoragevm", "internalloadbalancervm"];

    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var name = p.String("name")!;
        IdentityService.ValidateName(name, "Offering name");
        foreach (var unsupported in new[] { "storagepolicy", "diskofferingid", "vgpuprofileid", "gpucount", "leaseduration", "deploymentplanner" })
        {
            if (p.Has(unsupported))
            {
                throw CloudException.InvalidParameter($"Parameter {unsupported} is not supported yet");
            }
        }
        int? Positive(string key, int min)
        {
            var value = p.Int(key);
            return value is null || value >= min ? value : throw CloudException.InvalidParameter($"{key} must be at least {min}");
        }
        var cpu = Positive("cpunumber", 1);
        var speed = Positive("cpuspeed", 1);
        var memory = Positive("memory", 32);
        var customized = p.Flag("customized") || cpu is null || memory is null;
        var (minCpu, maxCpu, minMemory, maxMemory) = (Positive("mincpunumber", 1), Positive("maxcpunumber", 1), Positive("minmemory", 32), Positive("maxmemory", 32));
        if (!customized && (minCpu ?? maxCpu ?? minMemory ?? maxMemory) is not null)
        {
            throw CloudException.InvalidParameter("min/max CPU and memory bounds are for customized offerings; leave out cpunumber and memory");
        }
        if (customized && (cpu is not null || memory is not null) && p.Flag("customized"))
        {
            throw CloudException.InvalidParameter("A customized offering takes no fixed cpunumber or memory");
        }
        if ((minCpu is null) != (maxCpu is null) || (minMemory is null) != (maxMemory is null))
        {
            throw CloudException.InvalidParameter("Give both mincpunumber and maxcpunumber, and both minmemory and maxmemory, or neither");
        }
        if (minCpu > maxCpu || minMemory > maxMemory)
        {
            throw CloudException.InvalidParameter("A minimum cannot be greater than its maximum");
        }
        var isSystem = p.Flag("issystem");
        var systemVmType = p.String("systemvmtype")?.ToLowerInvariant();
        if (systemVmType is not null && (!isSystem || !SystemVmTypes.Contains(systemVmType)))
        {
            throw CloudException.InvalidParameter($"systemvmtype is for system offerings (issystem=true) and must be one of {string.Join(", ", SystemVmTypes)}");
        }
        if (isSystem && (customized || !ctx.Caller.IsRootAdmin))
        {
            throw CloudException.InvalidParameter("A system offering is created by the root admin with fixed cpunumber, cpuspeed and memory");
        }
        if (p.Long("rootdisksize") is <= 0)
        {
            throw CloudException.InvalidParameter("rootdisksize must be greater than 0 (GB)");
        }
        if (p.Int("networkrate") is < 0)
        {
            throw CloudException.InvalidParameter("networkrate cannot be negative");
        }
        var offering = new ServiceOffering
        {
            Name = name,
            DisplayText = p.String("displaytext") ?? name,
            CpuNumber = customized ? null : cpu,
            CpuSpeed = speed,
            Memory = customized ? null : memory,
            MinCpuNumber = minCpu,
            MaxCpuNumber = maxCpu,
            MinMemory = minMemory,
            MaxMemory = maxMemory,
            OfferHa = p.Flag("offerha"),
            LimitCpuUse = p.Flag("limitcpuuse"),
            IsVolatile = p.Flag("isvolatile"),
            StorageType = OfferingParams.StorageType(p),
            ProvisioningType = OfferingParams.ProvisioningType(p),
            StorageTags = p.String("tags") is { } tags ? Infrastructure.Hosts.HostResponses.NormalizeTags(tags.Split(',')) : null,
            HostTags = p.String("hosttags") is { } hostTags ? Infrastructure.Hosts.HostResponses.NormalizeTags(hostTags.Split(',')) : null,
            IsSystem = isSystem,
            SystemVmType = systemVmType,
            NetworkRate = p.Int("networkrate"),
            RootDiskSizeGb = p.Long("rootdisksize"),
            DynamicScalingEnabled = p.Bool("dynamicscalingenabled") ?? true,
            DomainIds = OfferingScope.DomainsFor(ctx.Caller, p.EntityList<Domain>("domainid")),
            ZoneIds = OfferingScope.Join(p.EntityList<Zone>("zoneid").Select(z => z.Id)),
            Created = ctx.Now,
        };
        OfferingParams.ApplyIo(p, offering.Io);
        ctx.Db.ServiceOfferings.Add(offering);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        ctx.Event(EventTypes.ServiceOfferingCreate, $"Successfully created service offering {name}", "ServiceOffering", offering.Uuid, name);
        return ApiResult.Of(await OfferingResponses.ServiceAsync(ctx.Db, offering, ctx.Cancellation));
    }
}
