using SharpStack.Api.Identity;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Core.Infrastructure;
using SharpStack.Core.Offerings;
using SharpStack.Orchestration.Events;

namespace SharpStack.Api.Commands.Offerings;

/// <summary>Creates a disk offering of a fixed size (disksize, GB) or a customized size chosen at volume creation.</summary>
[ApiCommand("createDiskOffering")]
public sealed class CreateDiskOffering : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        var name = p.String("name")!;
        IdentityService.ValidateName(name, "Offering name");
        if (p.Has("storagepolicy"))
        {
            throw CloudException.InvalidParameter("Parameter storagepolicy is not supported yet");
        }
        var customized = p.Flag("customized");
        var size = p.Long("disksize");
        if (customized && size is not null)
        {
            throw CloudException.InvalidParameter("A customized disk offering takes no disksize");
        }
        if (!customized && size is null or <= 0)
        {
            throw CloudException.InvalidParameter("A disk offering needs a disksize in GB greater than 0, or customized=true");
        }
        if (size > 1 << 20)
        {
            throw CloudException.InvalidParameter("disksize is in GB and cannot exceed 1048576 (1 PiB)");
        }
        var offering = new DiskOffering
        {
            Name = name,
            DisplayText = p.String("displaytext") ?? name,
            DiskSizeBytes = (size ?? 0) << 30,
            Customized = customized,
            Tags = p.String("tags") is { } tags ? Infrastructure.Hosts.HostResponses.NormalizeTags(tags.Split(',')) : null,
            StorageType = OfferingParams.StorageType(p),
            ProvisioningType = OfferingParams.ProvisioningType(p),
            DisplayOffering = p.Bool("displayoffering") ?? true,
            DiskSizeStrictness = p.Flag("disksizestrictness"),
            Encrypt = p.Flag("encrypt"),
            DomainIds = OfferingScope.DomainsFor(ctx.Caller, p.EntityList<Domain>("domainid")),
            ZoneIds = OfferingScope.Join(p.EntityList<Zone>("zoneid").Select(z => z.Id)),
            Created = ctx.Now,
        };
        OfferingParams.ApplyIo(p, offering.Io);
        ctx.Db.DiskOfferings.Add(offering);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        ctx.Event(EventTypes.DiskOfferingCreate, $"Successfully created disk offering {name}", "DiskOffering", offering.Uuid, name);
        return ApiResult.Of(await OfferingResponses.DiskAsync(ctx.Db, offering, ctx.Cancellation));
    }
}
