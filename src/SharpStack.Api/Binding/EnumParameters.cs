using SharpStack.Core.Errors;

namespace SharpStack.Api.Binding;

public static class EnumParameters
{
    /// <summary>A filter value that must name one of an enum's members (case-insensitive), else upstream's 431.</summary>
    public static TEnum Parse<TEnum>(string text, string parameter) where TEnum : struct, Enum =>
        Enum.TryParse<TEnum>(text, ignoreCase: true, out var value) && Enum.IsDefined(value)
            ? value
            : throw CloudException.InvalidParameter($"Invalid {parameter} {text}: use one of {string.Join(", ", Enum.GetNames<TEnum>())}");
}
