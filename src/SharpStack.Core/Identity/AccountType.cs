namespace SharpStack.Core.Identity;

/// <summary>Upstream account types with their numeric values as the API shows them.</summary>
public enum AccountType
{
    Normal = 0,
    Admin = 1,
    DomainAdmin = 2,
    ResourceDomainAdmin = 3,
    ReadOnlyAdmin = 4,
    Project = 5,
}
