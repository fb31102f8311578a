namespace SharpStack.Core.Compute;

/// <summary>A family of guest operating systems (upstream's guest OS category).</summary>
public sealed class GuestOsCategory
{
    public long Id { get; set; }
    public Guid Uuid { get; set; } = Guid.NewGuid();
    public required string Name { get; set; }
    public bool IsFeatured { get; set; }
    public DateTime Created { get; set; }
}

/// <summary>A guest operating system a template or ISO declares (upstream's OS type).</summary>
public sealed class GuestOs
{
    public long Id { get; set; }
    public Guid Uuid { get; set; } = Guid.NewGuid();
    public long CategoryId { get; set; }
    public required string DisplayName { get; set; }
    public string? Name { get; set; }
    public bool IsUserDefined { get; set; }
    public bool ForDisplay { get; set; } = true;
    public DateTime Created { get; set; }
    public DateTime? Removed { get; set; }
}
