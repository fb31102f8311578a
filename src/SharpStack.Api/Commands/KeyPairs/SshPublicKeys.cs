using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using SharpStack.Core.Errors;

namespace SharpStack.Api.Commands.KeyPairs;

/// <summary>OpenSSH public keys: generating RSA pairs, checking registered keys, and upstream's MD5 fingerprint.</summary>
public static class SshPublicKeys
{
    private static readonly string[] KnownTypes =
    [
        "ssh-rsa", "ssh-ed25519", "ssh-dss", "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521",
        "sk-ssh-ed25519@openssh.com", "sk-ecdsa-sha2-nistp256@openssh.com",
    ];

    /// <summary>A new RSA pair: the private key in PEM for the caller, the public key in OpenSSH form.</summary>
    public static (string PrivateKeyPem, string PublicKey) Generate(string comment)
    {
        using var rsa = RSA.Create(2048);
        var parameters = rsa.ExportParameters(includePrivateParameters: false);
        using var blob = new MemoryStream();
        WriteString(blob, Encoding.ASCII.GetBytes("ssh-rsa"));
        WriteString(blob, MpInt(parameters.Exponent!));
        WriteString(blob, MpInt(parameters.Modulus!));
        return (rsa.ExportRSAPrivateKeyPem(), $"ssh-rsa {Convert.ToBase64String(blob.ToArray())} {comment}");
    }

    /// <summary>Checks "type base64 [comment]" and returns it normalised with its fingerprint.</summary>
    public static (string PublicKey, string Fingerprint) Parse(string text)
    {
        var parts = text.Trim().Split((char[]?)null, 3, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2 || !KnownTypes.Contains(parts[0]))
        {
            throw CloudException.InvalidParameter("Public key is invalid: expected OpenSSH form such as 'ssh-rsa AAAA... comment'");
        }
        byte[] blob;
        try
        {
            blob = Convert.FromBase64String(parts[1]);
        }
        catch (FormatException)
        {
            throw CloudException.InvalidParameter("Public key is invalid: its key data is not base64");
        }
        if (blob.Length < 8 || ReadString(blob) is not { } inner || inner != parts[0])
        {
            throw CloudException.InvalidParameter("Public key is invalid: its key data does not match its type");
        }
        return (string.Join(' ', parts), Fingerprint(blob));
    }

    public static string Fingerprint(string publicKey) => Fingerprint(Convert.FromBase64String(publicKey.Split(' ')[1]));

    private static string Fingerprint(byte[] blob) =>
        string.Join(':', MD5.HashData(blob).Select(b => b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)));

    private static string? ReadString(byte[] blob)
    {
        var length = BinaryPrimitives.ReadInt32BigEndian(blob);
        return length > 0 && length <= blob.Length - 4 ? Encoding.ASCII.GetString(blob, 4, length) : null;
    }

    private static void WriteString(Stream stream, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        stream.Write(length);
        stream.Write(data);
    }

    private static byte[] MpInt(byte[] value)
    {
        var trimmed = value.SkipWhile(b => b == 0).ToArray();
        return trimmed.Length > 0 && (trimmed[0] & 0x80) != 0 ? [0, .. trimmed] : trimmed;
    }
}
