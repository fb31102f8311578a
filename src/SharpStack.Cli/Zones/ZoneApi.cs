using System.Text.Json;
using SharpStack.Cli.Api;
using SharpStack.Cli.Invocation;

namespace SharpStack.Cli.Zones;

/// <summary>The calls a zone apply makes: lists to find what exists, and changes that are counted (async ones waited for).</summary>
public sealed class ZoneApi(CloudApi api, CliEnvironment env, RunOptions options, CancellationToken ct)
{
    public int Changes { get; private set; }
    public int Existing { get; private set; }

    public void Exists() => Existing++;

    /// <summary>The items of a list command.</summary>
    public async Task<IReadOnlyList<JsonElement>> ListAsync(string command, string objectName, params (string Key, string? Value)[] args)
    {
        var reply = (await api.CallAsync(command, Given(args), ct)).EnsureOk(command);
        return reply.Content.TryGetProperty(objectName, out var items) ? items.EnumerateArray().ToList() : [];
    }

    /// <summary>The item of a list whose field equals the value, if any.</summary>
    public async Task<JsonElement?> FindAsync(string command, string objectName, string field, string value, params (string Key, string? Value)[] args)
    {
        foreach (var item in await ListAsync(command, objectName, args))
        {
            if (item.TryGetProperty(field, out var v) && string.Equals(v.ToString(), value, StringComparison.Ordinal))
            {
                return item;
            }
        }
        return null;
    }

    /// <summary>The id of what was found (counted as existing), or of what the command creates.</summary>
    public async Task<string> EnsureAsync(JsonElement? found, string command, params (string Key, string? Value)[] args)
    {
        if (found is { } existing)
        {
            Exists();
            return existing.GetProperty("id").GetString()!;
        }
        return await ChangeAsync(command, args);
    }

    /// <summary>Makes a change and answers the id of what it made or changed.</summary>
    public async Task<string> ChangeAsync(string command, params (string Key, string? Value)[] args)
    {
        var result = await CommandRunner.ExecuteAsync(api, env, command, Given(args), options, ct);
        Changes++;
        await env.Error.WriteLineAsync($"  {command} {string.Join(' ', args.Where(a => a.Value is not null && a.Key is "name" or "clustername" or "url" or "traffictype" or "startip" or "state" or "allocationstate").Select(a => $"{a.Key}={a.Value}"))}");
        return IdOf(result);
    }

    public static string IdOf(JsonElement result)
    {
        if (result.ValueKind != JsonValueKind.Object)
        {
            return "";
        }
        if (result.TryGetProperty("id", out var id))
        {
            return id.GetString() ?? "";
        }
        foreach (var property in result.EnumerateObject())
        {
            var found = property.Value.ValueKind switch
            {
                JsonValueKind.Object => IdOf(property.Value),
                JsonValueKind.Array when property.Value.GetArrayLength() > 0 => IdOf(property.Value[0]),
                _ => "",
            };
            if (found.Length > 0)
            {
                return found;
            }
        }
        return "";
    }

    private static IEnumerable<KeyValuePair<string, string>> Given((string Key, string? Value)[] args) =>
        args.Where(a => a.Value is not null).Select(a => new KeyValuePair<string, string>(a.Key, a.Value!));
}
