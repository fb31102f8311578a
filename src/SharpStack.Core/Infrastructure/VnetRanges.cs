using System.Globalization;
using SharpStack.Core.Errors;

namespace SharpStack.Core.Infrastructure;

/// <summary>A physical network's guest VLAN or VXLAN id ranges, written "100-199,300".</summary>
public static class VnetRanges
{
    /// <summary>Parses "100-199,300": ranges within the isolation method's id space, not overlapping.</summary>
    public static List<(int Start, int End)> Parse(string text, string isolation)
    {
        var max = isolation == "VXLAN" ? 16_777_214 : 4094;
        var ranges = new List<(int Start, int End)>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var bounds = part.Split('-', StringSplitOptions.TrimEntries);
            if (bounds.Length is < 1 or > 2 ||
                !int.TryParse(bounds[0], NumberStyles.None, CultureInfo.InvariantCulture, out var start) ||
                !int.TryParse(bounds[^1], NumberStyles.None, CultureInfo.InvariantCulture, out var end) ||
                start < 1 || end > max || start > end)
            {
                throw CloudException.InvalidParameter($"Invalid {isolation} range {part}: use start-end with ids from 1 to {max}");
            }
            ranges.Add((start, end));
        }
        if (ranges.Count == 0)
        {
            throw CloudException.InvalidParameter($"Invalid {isolation} range {text}");
        }
        var sorted = ranges.OrderBy(r => r.Start).ToList();
        for (var i = 1; i < sorted.Count; i++)
        {
            if (sorted[i].Start <= sorted[i - 1].End)
            {
                throw CloudException.InvalidParameter($"The ranges in {text} overlap");
            }
        }
        return sorted;
    }

}
