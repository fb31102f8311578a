using System.Security.Cryptography;
using System.Text;

namespace SharpStack.Orchestration.Security;

/// <summary>Encrypts secrets at rest (API secret keys) with the server key, AES-256-GCM.</summary>
public sealed class SecretProtector(byte[] key)
{
    private const string Prefix = "v1:";
    private readonly byte[] _key = key.Length == 32 ? key : throw new ArgumentException("the server key must be 32 bytes", nameof(key));

    public string Protect(string plain)
    {
        var nonce = RandomNumberGenerator.GetBytes(12);
        var data = Encoding.UTF8.GetBytes(plain);
        var cipher = new byte[data.Length];
        var tag = new byte[16];
        using (var aes = new AesGcm(_key, 16))
        {
            aes.Encrypt(nonce, data, cipher, tag);
        }
        return Prefix + Convert.ToBase64String([.. nonce, .. tag, .. cipher]);
    }

    public string Unprotect(string protectedText)
    {
        if (!protectedText.StartsWith(Prefix, StringComparison.Ordinal))
        {
            throw new CryptographicException("unknown secret format");
        }
        var all = Convert.FromBase64String(protectedText[Prefix.Length..]);
        var nonce = all.AsSpan(0, 12);
        var tag = all.AsSpan(12, 16);
        var cipher = all.AsSpan(28);
        var plain = new byte[cipher.Length];
        using (var aes = new AesGcm(_key, 16))
        {
            aes.Decrypt(nonce, cipher, tag, plain);
        }
        return Encoding.UTF8.GetString(plain);
    }
}
