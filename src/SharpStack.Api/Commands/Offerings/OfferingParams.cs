using SharpStack.Api.Binding;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Offerings;

namespace SharpStack.Api.Commands.Offerings;

/// <summary>Parameters and response fields shared by compute and disk offerings.</summary>
internal static class OfferingParams
{
    public static string StorageType(BoundParameters p, string current = "shared")
    {
        var value = p.String("storagetype")?.ToLowerInvariant() ?? current;
        return value is "shared" or "local" ? value : throw CloudException.InvalidParameter($"Invalid storagetype {value}: use shared or local");
    }

    public static string ProvisioningType(BoundParameters p)
    {
        var value = p.String("provisioningtype")?.ToLowerInvariant() ?? "thin";
        return value is "thin" or "sparse" or "fat" ? value : throw CloudException.InvalidParameter($"Invalid provisioningtype {value}: use thin, sparse or fat");
    }

    /// <summary>Reads the rate limits; on update only the given ones change.</summary>
    public static void ApplyIo(BoundParameters p, IoLimits io)
    {
        long? Rate(string key, long? current)
        {
            if (!p.Has(key))
            {
                return current;
            }
            var value = p.Long(key)!.Value;
            return value >= 0 ? value : throw CloudException.InvalidParameter($"{key} cannot be negative");
        }
        io.BytesReadRate = Rate("bytesreadrate", io.BytesReadRate);
        io.BytesReadRateMax = Rate("bytesreadratemax", io.BytesReadRateMax);
        io.BytesReadRateMaxLength = Rate("bytesreadratemaxlength", io.BytesReadRateMaxLength);
        io.BytesWriteRate = Rate("byteswriterate", io.BytesWriteRate);
        io.BytesWriteRateMax = Rate("byteswriteratemax", io.BytesWriteRateMax);
        io.BytesWriteRateMaxLength = Rate("byteswriteratemaxlength", io.BytesWriteRateMaxLength);
        io.IopsReadRate = Rate("iopsreadrate", io.IopsReadRate);
        io.IopsReadRateMax = Rate("iopsreadratemax", io.IopsReadRateMax);
        io.IopsReadRateMaxLength = Rate("iopsreadratemaxlength", io.IopsReadRateMaxLength);
        io.IopsWriteRate = Rate("iopswriterate", io.IopsWriteRate);
        io.IopsWriteRateMax = Rate("iopswriteratemax", io.IopsWriteRateMax);
        io.IopsWriteRateMaxLength = Rate("iopswriteratemaxlength", io.IopsWriteRateMaxLength);
        io.MinIops = Rate("miniops", io.MinIops);
        io.MaxIops = Rate("maxiops", io.MaxIops);
        if (p.Bool("customizediops") is { } customized)
        {
            io.CustomizedIops = customized;
        }
        if (p.String("cachemode") is { } cache)
        {
            io.CacheMode = cache.ToLowerInvariant() is "none" or "writeback" or "writethrough" or "hypervisor_default"
                ? cache.ToLowerInvariant()
                : throw CloudException.InvalidParameter($"Invalid cachemode {cache}: use none, writeback, writethrough or hypervisor_default");
        }
        if (io.BytesReadRateMax < io.BytesReadRate || io.BytesWriteRateMax < io.BytesWriteRate ||
            io.IopsReadRateMax < io.IopsReadRate || io.IopsWriteRateMax < io.IopsWriteRate)
        {
            throw CloudException.InvalidParameter("A burst rate (…max) cannot be lower than its rate");
        }
        if (io.MinIops > io.MaxIops)
        {
            throw CloudException.InvalidParameter("miniops cannot be greater than maxiops");
        }
        if ((io.IopsReadRate is not null || io.IopsWriteRate is not null) && (io.CustomizedIops || io.MinIops is not null || io.MaxIops is not null))
        {
            throw CloudException.InvalidParameter("Hypervisor IOPS rates and storage IOPS (customizediops, miniops, maxiops) cannot be combined");
        }
    }

    public static void AddIo(ApiObject obj, IoLimits io)
    {
        obj.Add("iscustomizediops", io.CustomizedIops);
        obj.Add("miniops", io.MinIops);
        obj.Add("maxiops", io.MaxIops);
        obj.Add("diskBytesReadRate", io.BytesReadRate);
        obj.Add("diskBytesReadRateMax", io.BytesReadRateMax);
        obj.Add("diskBytesReadRateMaxLength", io.BytesReadRateMaxLength);
        obj.Add("diskBytesWriteRate", io.BytesWriteRate);
        obj.Add("diskBytesWriteRateMax", io.BytesWriteRateMax);
        obj.Add("diskBytesWriteRateMaxLength", io.BytesWriteRateMaxLength);
        obj.Add("diskIopsReadRate", io.IopsReadRate);
        obj.Add("diskIopsReadRateMax", io.IopsReadRateMax);
        obj.Add("diskIopsReadRateMaxLength", io.IopsReadRateMaxLength);
        obj.Add("diskIopsWriteRate", io.IopsWriteRate);
        obj.Add("diskIopsWriteRateMax", io.IopsWriteRateMax);
        obj.Add("diskIopsWriteRateMaxLength", io.IopsWriteRateMaxLength);
        obj.Add("cacheMode", io.CacheMode);
    }

    public static OfferingState ParseState(string text) =>
        Enum.TryParse<OfferingState>(text, ignoreCase: true, out var state) && Enum.IsDefined(state)
            ? state
            : throw CloudException.InvalidParameter($"Invalid state {text}: use Active or Inactive");
}
