using System.Text;
using SharpStack.Agent.Protocol;

namespace SharpStack.Agent.Networking.Router;

public sealed record MetadataAnswer(int Status, string Body);

/// <summary>
/// Upstream's EC2-style userdata and metadata paths, answered per requesting guest address:
/// /latest/user-data, /latest/meta-data/ (the list) and /latest/meta-data/{name}; upstream's
/// short forms /latest/{name} answer the same.
/// </summary>
public sealed class MetadataAnswers(IReadOnlyList<GuestMetadata> guests)
{
    public static readonly IReadOnlyList<string> Names =
    [
        "availability-zone", "instance-id", "local-hostname", "local-ipv4", "public-hostname", "public-ipv4",
        "public-keys", "service-offering", "vm-id",
    ];

    private readonly Dictionary<string, GuestMetadata> byAddress = guests.GroupBy(g => g.Ipv4Address).ToDictionary(g => g.Key, g => g.First());

    public MetadataAnswer Answer(string guestAddress, string path)
    {
        if (!byAddress.TryGetValue(guestAddress, out var guest))
        {
            return NotFound;
        }
        var clean = path.Split('?')[0].TrimEnd('/');
        return clean switch
        {
            "/latest" => new(200, "meta-data\nuser-data"),
            "/latest/user-data" => UserData(guest),
            "/latest/meta-data" => new(200, string.Join('\n', Names)),
            _ when clean.StartsWith("/latest/meta-data/", StringComparison.Ordinal) => Field(guest, clean["/latest/meta-data/".Length..]),
            _ when clean.StartsWith("/latest/", StringComparison.Ordinal) => Field(guest, clean["/latest/".Length..]),
            _ => NotFound,
        };
    }

    private static readonly MetadataAnswer NotFound = new(404, "");

    private static MetadataAnswer UserData(GuestMetadata guest)
    {
        if (string.IsNullOrEmpty(guest.UserData))
        {
            return NotFound;
        }
        try
        {
            return new(200, Encoding.UTF8.GetString(Convert.FromBase64String(guest.UserData)));
        }
        catch (FormatException)
        {
            return new(200, guest.UserData);
        }
    }

    private static MetadataAnswer Field(GuestMetadata guest, string name)
    {
        string? value = name switch
        {
            "availability-zone" => guest.AvailabilityZone,
            "instance-id" or "vm-id" => guest.InstanceId,
            "local-hostname" => guest.LocalHostname,
            "local-ipv4" => guest.Ipv4Address,
            "public-hostname" or "public-ipv4" => guest.PublicIpv4,
            "public-keys" => string.Join('\n', guest.PublicKeys),
            "service-offering" => guest.ServiceOffering,
            _ => null,
        };
        return value is null ? NotFound : new(200, value);
    }
}
