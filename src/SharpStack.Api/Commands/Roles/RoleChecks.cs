using Microsoft.EntityFrameworkCore;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Data;

namespace SharpStack.Api.Commands.Roles;

internal static class RoleChecks
{
    public static async Task EnsureNameFreeAsync(CloudDbContext db, string name, long? exceptId, CancellationToken ct)
    {
        var lower = name.ToLowerInvariant();
        if (await db.Roles.AnyAsync(r => r.Removed == null && r.Name.ToLower() == lower && r.Id != exceptId, ct))
        {
            throw CloudException.InvalidParameter($"A role with name {name} already exists");
        }
    }

    /// <summary>The root admin role may call everything; its rules are never consulted, so they cannot be changed.</summary>
    public static void EnsureRulesEditable(Role role)
    {
        if (role.Id == Role.RootAdminId)
        {
            throw CloudException.InvalidParameter("The rules of the root admin role cannot be changed: it may call every API");
        }
    }

    public static RulePermission ParsePermission(string text) =>
        Enum.TryParse<RulePermission>(text, ignoreCase: true, out var permission) && Enum.IsDefined(permission)
            ? permission
            : throw CloudException.InvalidParameter($"Invalid permission {text}: use allow or deny");
}
