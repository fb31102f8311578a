using System.Text.RegularExpressions;

namespace SharpStack.Api.Access;

/// <summary>A role permission rule: letters, digits and *, matched case-insensitively against a whole API name.</summary>
public static partial class RoleRule
{
    public static bool IsValid(string rule) => !string.IsNullOrEmpty(rule) && ValidRule().IsMatch(rule);

    public static bool Matches(string rule, string apiName)
    {
        if (!rule.Contains('*'))
        {
            return string.Equals(rule, apiName, StringComparison.OrdinalIgnoreCase);
        }
        var pattern = "^" + Regex.Escape(rule).Replace("\\*", "\\w*", StringComparison.Ordinal) + "$";
        return Regex.IsMatch(apiName, pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
    }

    [GeneratedRegex(@"^[A-Za-z0-9*]+$")]
    private static partial Regex ValidRule();
}
