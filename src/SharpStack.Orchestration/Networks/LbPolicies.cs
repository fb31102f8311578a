using System.Text.Json;
using SharpStack.Core.Errors;
using SharpStack.Core.Networks;

namespace SharpStack.Orchestration.Networks;

/// <summary>Load balancing algorithms and stickiness methods as upstream's virtual router offers them, and their parameters.</summary>
public static class LbPolicies
{
    public static readonly IReadOnlyList<string> Algorithms = ["roundrobin", "leastconn", "source"];

    /// <summary>Stickiness methods and the parameters each accepts (upstream's VirtualRouter capabilities).</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> StickinessMethods = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase)
    {
        ["LbCookie"] = ["cookie-name", "mode", "nocache", "indirect", "postonly", "domain"],
        ["AppCookie"] = ["cookie-name", "length", "holdtime", "request-learn", "prefix", "mode"],
        ["SourceBased"] = ["tablesize", "expire"],
    };

    public static string Algorithm(string text) =>
        Algorithms.FirstOrDefault(a => a.Equals(text.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw CloudException.InvalidParameter($"Invalid algorithm {text}: use one of {string.Join(", ", Algorithms)}");

    /// <summary>The method's canonical name and its parameters as JSON, checked against what the method accepts.</summary>
    public static (string Method, string? Json) Stickiness(string method, IReadOnlyList<IReadOnlyDictionary<string, string>> entries)
    {
        var canonical = StickinessMethods.Keys.FirstOrDefault(m => m.Equals(method.Trim(), StringComparison.OrdinalIgnoreCase))
                        ?? throw CloudException.InvalidParameter($"Invalid stickiness method {method}: use one of {string.Join(", ", StickinessMethods.Keys)}");
        var values = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var name = entry.GetValueOrDefault("name") ?? throw CloudException.InvalidParameter("Stickiness parameters are given as param[N].name and param[N].value");
            var value = entry.GetValueOrDefault("value") ?? throw CloudException.InvalidParameter($"Stickiness parameter {name} has no value");
            if (!StickinessMethods[canonical].Contains(name.ToLowerInvariant()))
            {
                throw CloudException.InvalidParameter($"Parameter {name} is not accepted by stickiness method {canonical}: use {string.Join(", ", StickinessMethods[canonical])}");
            }
            if (name.ToLowerInvariant() is "length" or "holdtime" or "tablesize" or "expire" && !value.All(c => char.IsAsciiDigit(c) || c is 'k' or 'm' or 'h' or 'd' or 's'))
            {
                throw CloudException.InvalidParameter($"Stickiness parameter {name} needs a number (optionally with a unit), not {value}");
            }
            values[name.ToLowerInvariant()] = value;
        }
        return (canonical, values.Count == 0 ? null : JsonSerializer.Serialize(values));
    }

    public static IReadOnlyDictionary<string, string> ParamsOf(LbStickinessPolicy policy) =>
        policy.Params is null ? new Dictionary<string, string>() : JsonSerializer.Deserialize<Dictionary<string, string>>(policy.Params) ?? [];
}
