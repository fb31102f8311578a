namespace SharpStack.Core.Identity;

/// <summary>Upstream's Resource.ResourceType, with its numbers as the API shows them.</summary>
public enum ResourceType
{
    user_vm = 0,
    public_ip = 1,
    volume = 2,
    snapshot = 3,
    template = 4,
    project = 5,
    network = 6,
    vpc = 7,
    cpu = 8,
    memory = 9,
    primary_storage = 10,
    secondary_storage = 11,
}

public enum ResourceOwnerType
{
    Account,
    Domain,
}

/// <summary>How much of one resource type an account or a domain holds now.</summary>
public sealed class ResourceCount
{
    public long Id { get; set; }
    public ResourceOwnerType OwnerType { get; set; }
    public long OwnerId { get; set; }
    public ResourceType Type { get; set; }
    public long Count { get; set; }
}

/// <summary>An explicit limit on one resource type for an account or a domain; -1 is unlimited.</summary>
public sealed class ResourceLimit
{
    public long Id { get; set; }
    public ResourceOwnerType OwnerType { get; set; }
    public long OwnerId { get; set; }
    public ResourceType Type { get; set; }
    public long Max { get; set; }
}
