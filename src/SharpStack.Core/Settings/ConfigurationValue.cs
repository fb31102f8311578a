namespace SharpStack.Core.Settings;

/// <summary>A global setting an administrator changed; settings never changed keep their default.</summary>
public sealed class ConfigurationValue
{
    public required string Name { get; set; }
    public string? Value { get; set; }
    public DateTime Updated { get; set; }
}
