namespace SharpStack.Core.Compute;

/// <summary>An account's SSH public key, put into instances it deploys; the private key is never stored.</summary>
public sealed class SshKeyPair
{
    public long Id { get; set; }
    public Guid Uuid { get; set; } = Guid.NewGuid();
    public required string Name { get; set; }
    public long AccountId { get; set; }
    public long DomainId { get; set; }
    /// <summary>OpenSSH form: "ssh-rsa AAAA... comment".</summary>
    public required string PublicKey { get; set; }
    /// <summary>MD5 of the key blob as colon-separated hex, as upstream shows it.</summary>
    public required string Fingerprint { get; set; }
    public DateTime Created { get; set; }
}
