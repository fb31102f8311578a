using System.Globalization;
using System.Text.Json;
using SharpStack.Core.Errors;
using SharpStack.Core.Offerings;

namespace SharpStack.Api.Commands.Instances;

/// <summary>CPU, memory and disk sizes of a new instance, from its offerings and the deploy parameters.</summary>
internal static class InstanceSizing
{
    private static readonly string[] SizingDetails = ["cpuNumber", "cpuSpeed", "memory"];

    /// <summary>A fixed offering's values; a customized one's from details[0].cpuNumber/cpuSpeed/memory within its bounds.</summary>
    public static (int CpuNumber, int CpuSpeed, int Memory) Resolve(ServiceOffering offering, IReadOnlyDictionary<string, string> details)
    {
        var cpuNumber = offering.CpuNumber ?? Required(details, "cpuNumber", offering);
        var cpuSpeed = offering.CpuSpeed ?? Required(details, "cpuSpeed", offering);
        var memory = offering.Memory ?? Required(details, "memory", offering);
        if (offering.CpuNumber is null)
        {
            InRange("cpuNumber", cpuNumber, offering.MinCpuNumber ?? 1, offering.MaxCpuNumber ?? int.MaxValue);
        }
        if (offering.Memory is null)
        {
            InRange("memory", memory, offering.MinMemory ?? 32, offering.MaxMemory ?? int.MaxValue);
        }
        if (cpuSpeed < 1)
        {
            throw CloudException.InvalidParameter("cpuSpeed must be at least 1 MHz");
        }
        return (cpuNumber, cpuSpeed, memory);
    }

    public static long DataDiskBytes(DiskOffering offering, long? sizeGb)
    {
        if (!offering.Customized)
        {
            if (sizeGb is not null)
            {
                throw CloudException.InvalidParameter($"Disk offering {offering.Name} has a fixed size: size can only be given with a custom disk offering");
            }
            return offering.DiskSizeBytes;
        }
        if (sizeGb is not { } gb || gb < 1)
        {
            throw CloudException.InvalidParameter($"Disk offering {offering.Name} is custom: size (in GB, at least 1) is required");
        }
        return gb << 30;
    }

    /// <summary>The template's size, or a larger rootdisksize (GB) when given.</summary>
    public static long RootDiskBytes(long templateBytes, long? rootDiskSizeGb, long? offeringRootGb)
    {
        var wantedGb = rootDiskSizeGb ?? offeringRootGb;
        if (wantedGb is null)
        {
            return templateBytes;
        }
        if (wantedGb < 1)
        {
            throw CloudException.InvalidParameter("rootdisksize must be at least 1 GB");
        }
        var wanted = wantedGb.Value << 30;
        if (wanted < templateBytes)
        {
            throw CloudException.InvalidParameter($"rootdisksize {wantedGb} GB is smaller than the template ({templateBytes >> 30} GB): a root disk can only grow");
        }
        return wanted;
    }

    /// <summary>Details kept with the instance (sizing details live in their own columns).</summary>
    public static string? DetailsJson(IReadOnlyDictionary<string, string> details)
    {
        var kept = details.Where(d => !SizingDetails.Contains(d.Key, StringComparer.OrdinalIgnoreCase)).ToDictionary(d => d.Key, d => d.Value);
        return kept.Count == 0 ? null : JsonSerializer.Serialize(kept);
    }

    private static int Required(IReadOnlyDictionary<string, string> details, string key, ServiceOffering offering)
    {
        var value = details.FirstOrDefault(d => string.Equals(d.Key, key, StringComparison.OrdinalIgnoreCase)).Value;
        if (value is null)
        {
            throw CloudException.InvalidParameter($"Service offering {offering.Name} is customized: details[0].{key} is required");
        }
        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1)
        {
            throw CloudException.InvalidParameter($"details[0].{key} must be a positive whole number, not {value}");
        }
        return number;
    }

    private static void InRange(string key, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            throw CloudException.InvalidParameter($"{key} {value} is outside the offering's range {min}-{max}");
        }
    }
}
