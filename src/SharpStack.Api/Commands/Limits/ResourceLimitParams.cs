using SharpStack.Api.Binding;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Orchestration.Limits;

namespace SharpStack.Api.Commands.Limits;

internal static class ResourceLimitParams
{
    /// <summary>The resource types a call covers: the one named by number (or name), else every type SharpStack counts.</summary>
    public static IReadOnlyList<ResourceType> Types(BoundParameters p)
    {
        if (p.Int("resourcetype") is { } number)
        {
            return [Counted(number.ToString(System.Globalization.CultureInfo.InvariantCulture))];
        }
        if (p.String("resourcetypename") is { } name)
        {
            return [Counted(name)];
        }
        return ResourceRecount.Counted;
    }

    private static ResourceType Counted(string text)
    {
        if (Enum.TryParse<ResourceType>(text, ignoreCase: true, out var type) && Enum.IsDefined(type))
        {
            return ResourceRecount.Counted.Contains(type)
                ? type
                : throw CloudException.InvalidParameter($"Resource type {type} is not counted yet: use one of {string.Join(", ", ResourceRecount.Counted.Select(t => $"{(int)t} ({t})"))}");
        }
        throw CloudException.InvalidParameter($"Invalid resource type {text}");
    }
}
