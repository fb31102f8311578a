using SharpStack.Core.Errors;

namespace SharpStack.Api.Commands.Instances;

/// <summary>Upstream's VMDetails: which groups of fields listVirtualMachines fills (details=…; all when none is named).</summary>
[Flags]
internal enum VmDetails
{
    None = 0,
    Group = 1,
    Nics = 1 << 1,
    Stats = 1 << 2,
    Secgrp = 1 << 3,
    Tmpl = 1 << 4,
    Servoff = 1 << 5,
    Diskoff = 1 << 6,
    Backoff = 1 << 7,
    Iso = 1 << 8,
    Volume = 1 << 9,
    Min = 1 << 10,
    Affgrp = 1 << 11,
    All = Group | Nics | Stats | Secgrp | Tmpl | Servoff | Diskoff | Backoff | Iso | Volume | Affgrp,
}

internal static class VmDetailsParameter
{
    /// <summary>Upstream's names, in its order, matched exactly as Java's Enum.valueOf does.</summary>
    private static readonly (string Name, VmDetails Value)[] Names =
    [
        ("all", VmDetails.All), ("group", VmDetails.Group), ("nics", VmDetails.Nics), ("stats", VmDetails.Stats), ("secgrp", VmDetails.Secgrp),
        ("tmpl", VmDetails.Tmpl), ("servoff", VmDetails.Servoff), ("diskoff", VmDetails.Diskoff), ("backoff", VmDetails.Backoff),
        ("iso", VmDetails.Iso), ("volume", VmDetails.Volume), ("min", VmDetails.Min), ("affgrp", VmDetails.Affgrp),
    ];

    public static VmDetails Parse(IReadOnlyList<string> given)
    {
        if (given.Count == 0)
        {
            return VmDetails.All;
        }
        var details = VmDetails.None;
        foreach (var name in given.Select(g => g.Trim()))
        {
            var match = Array.FindIndex(Names, n => n.Name == name);
            if (match < 0)
            {
                throw CloudException.InvalidParameter(
                    $"The details parameter contains a non permitted value. The allowed values are [{string.Join(", ", Names.Select(n => n.Name))}]");
            }
            details |= Names[match].Value;
        }
        return details;
    }
}
