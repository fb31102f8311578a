namespace SharpStack.Core.Identity;

public sealed class User
{
    public const long SystemId = 1;
    public const long AdminId = 2;

    public long Id { get; set; }
    public Guid Uuid { get; set; } = Guid.NewGuid();
    public required string Username { get; set; }
    public required string PasswordHash { get; set; }
    public string? FirstName { get; set; }
    public string? LastName { get; set; }
    public string? Email { get; set; }
    public long AccountId { get; set; }
    public UserState State { get; set; } = UserState.Enabled;
    public string? ApiKey { get; set; }
    /// <summary>The secret key, encrypted with the server key; never stored in clear.</summary>
    public string? SecretKeyCipher { get; set; }
    public string? Timezone { get; set; }
    public bool IsDefault { get; set; }
    public string Source { get; set; } = "native";
    public DateTime Created { get; set; }
    public DateTime? Removed { get; set; }

    public Account? Account { get; set; }
}

public enum UserState
{
    Enabled,
    Disabled,
    Locked,
}
