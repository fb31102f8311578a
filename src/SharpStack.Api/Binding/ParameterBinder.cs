using System.Globalization;
using System.Text.RegularExpressions;
using SharpStack.Api.Access;
using SharpStack.Api.Catalog;
using SharpStack.Core.Errors;
using SharpStack.Data;

namespace SharpStack.Api.Binding;

/// <summary>
/// Validates a request's parameters against the command's catalog entry, as upstream's
/// parameter processing does: required flags, types, lengths, maps, lists and uuid lookups
/// that only find what the caller may see.
/// </summary>
public sealed partial class ParameterBinder(EntityResolver entities)
{
    private static readonly string[] DateFormats =
    [
        "yyyy-MM-dd", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFzzz",
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFK", "yyyy-MM-dd'T'HH:mm:ss",
    ];

    public async Task<BoundParameters> BindAsync(CommandInfo command, RequestParameters request, Caller caller, CloudDbContext db, CancellationToken ct)
    {
        var bound = new BoundParameters();
        var cmd = command.Name.ToLowerInvariant();
        foreach (var param in command.Params)
        {
            if (!Applies(param, caller))
            {
                continue;
            }
            if (param.Type == ParamType.Map)
            {
                var map = BindMap(cmd, param, request);
                if (map is not null)
                {
                    bound.Set(param.Key, map);
                }
                else if (param.Required)
                {
                    throw Missing(cmd, param);
                }
                continue;
            }
            var text = request[param.Key];
            if (string.IsNullOrEmpty(text))
            {
                if (param.Required)
                {
                    throw Missing(cmd, param);
                }
                continue;
            }
            var value = await ConvertAsync(cmd, param, param.Type, text, caller, db, ct);
            if (value is not null)
            {
                bound.Set(param.Key, value);
                bound.Raw[param.Key] = text;
            }
        }
        return bound;
    }

    /// <summary>Parameters limited to some account types, or to the root admin's variant, are ignored for others.</summary>
    private static bool Applies(ParamInfo param, Caller caller)
    {
        if (param.OnlyInVariant is not null && !caller.IsRootAdmin)
        {
            return false;
        }
        return param.Authorized is null || param.Authorized.Any(a => string.Equals(a, caller.RoleType.ToString(), StringComparison.OrdinalIgnoreCase));
    }

    private async Task<object?> ConvertAsync(string cmd, ParamInfo param, ParamType type, string text, Caller caller, CloudDbContext db, CancellationToken ct)
    {
        switch (type)
        {
            case ParamType.String:
                if (text.Length > param.Length)
                {
                    throw CloudException.InvalidParameter($"Unable to execute API command {cmd} due to invalid value. Value greater than max allowed length {param.Length} for param: {param.Name}");
                }
                if (text.Any(char.IsControl) && !AllowsLineBreaks(param, text))
                {
                    throw CloudException.InvalidParameter($"Unable to execute API command {cmd} due to invalid value. The value of parameter {param.Name} contains control characters");
                }
                return text;
            case ParamType.Boolean:
                return string.Equals(text, "true", StringComparison.OrdinalIgnoreCase);
            case ParamType.Integer:
                return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i) ? i : throw Invalid(cmd, param, text);
            case ParamType.Long:
                return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) ? l : throw Invalid(cmd, param, text);
            case ParamType.Short:
                return short.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var s) ? s : throw Invalid(cmd, param, text);
            case ParamType.Float:
            case ParamType.Double:
                return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) ? d : throw Invalid(cmd, param, text);
            case ParamType.Date:
                return ParseDate(text) ?? throw CloudException.InvalidParameter(
                    $"Unable to parse date {text} for command {cmd}, please pass dates in the format mentioned in the api documentation");
            case ParamType.Uuid:
                return await ResolveAsync(cmd, param, text, caller, db, ct);
            case ParamType.List:
                var items = new List<object>();
                foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    var item = await ConvertAsync(cmd, param, param.CollectionType ?? ParamType.String, part, caller, db, ct);
                    if (item is not null)
                    {
                        items.Add(item);
                    }
                }
                return items;
            default:
                return text;
        }
    }

    private static bool AllowsLineBreaks(ParamInfo param, string text) =>
        param.Length > 255 && text.All(c => !char.IsControl(c) || c is '\n' or '\r' or '\t');

    internal static DateTime? ParseDate(string text)
    {
        if (DateTimeOffset.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            return parsed.UtcDateTime;
        }
        // Upstream also accepts +0000 without a colon.
        var m = OffsetWithoutColon().Match(text);
        if (m.Success && DateTimeOffset.TryParseExact(m.Groups[1].Value + m.Groups[2].Value + ":" + m.Groups[3].Value,
                ["yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFzzz"], CultureInfo.InvariantCulture, DateTimeStyles.None, out parsed))
        {
            return parsed.UtcDateTime;
        }
        return null;
    }

    [GeneratedRegex(@"^(.+)([+-]\d\d)(\d\d)$")]
    private static partial Regex OffsetWithoutColon();

    private async Task<object> ResolveAsync(string cmd, ParamInfo param, string text, Caller caller, CloudDbContext db, CancellationToken ct)
    {
        // registerTemplate's and registerIso's zoneid=-1 means every zone (with an image store); it stays the string "-1".
        if (text == "-1" && param.Name == "zoneid" && cmd is "registertemplate" or "registeriso")
        {
            return text;
        }
        // projectid=-1 on a list means every project the caller may see; it stays the string "-1".
        if (text == Access.ProjectScope.AllProjects && param.Name == "projectid" && cmd.StartsWith("list", StringComparison.Ordinal))
        {
            return text;
        }
        if (Guid.TryParse(text, out var uuid) && param.Entity is not null)
        {
            var entity = cmd == "updateprojectinvitation" && param.Name == "projectid" ? InvitedProjectLookup.Name : param.Entity;
            var found = await entities.FindAsync(entity, db, caller, uuid, ct);
            if (found is not null)
            {
                return found;
            }
        }
        throw CloudException.InvalidParameter(
            $"Unable to execute API command {cmd} due to invalid value. Invalid parameter {param.Name} value={text} due to incorrect long value format, or entity does not exist or due to incorrect parameter annotation for the field in api cmd class.");
    }

    private static List<IReadOnlyDictionary<string, string>>? BindMap(string cmd, ParamInfo param, RequestParameters request)
    {
        SortedDictionary<int, Dictionary<string, string>>? entries = null;
        var prefix = param.Key;
        foreach (var (name, value) in request.AsSent)
        {
            if (!name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var rest = name[prefix.Length..];
            if (rest.Length == 0 || rest[0] != '[')
            {
                if (rest.Length == 0 || rest[0] == '.')
                {
                    throw Malformed(cmd, name);
                }
                continue;
            }
            var m = MapEntryName().Match(rest);
            if (!m.Success || !int.TryParse(m.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                throw Malformed(cmd, name);
            }
            if (value.Any(char.IsControl))
            {
                throw CloudException.InvalidParameter($"Unable to execute API command {cmd} due to invalid value. The value of parameter {name} contains control characters");
            }
            entries ??= [];
            if (!entries.TryGetValue(index, out var entry))
            {
                entries[index] = entry = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            }
            entry[m.Groups[2].Value] = value;
        }
        return entries?.Values.Select(e => (IReadOnlyDictionary<string, string>)e).ToList();
    }

    [GeneratedRegex(@"^\[([^\]]*)\]\.(\w+)$")]
    private static partial Regex MapEntryName();

    private static CloudException Missing(string cmd, ParamInfo param) =>
        CloudException.InvalidParameter($"Unable to execute API command {cmd} due to missing parameter {param.Name}");

    private static CloudException Invalid(string cmd, ParamInfo param, string text) =>
        CloudException.InvalidParameter($"Unable to execute API command {cmd} due to invalid value {text} for parameter {param.Name}");

    private static CloudException Malformed(string cmd, string name) =>
        new(ApiErrorCode.MalformedParameter, $"Unable to execute API command {cmd} due to malformed parameter {name}: use {name.Split('[', '.')[0]}[index].field=value");
}
