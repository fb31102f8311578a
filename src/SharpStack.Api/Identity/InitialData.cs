using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Auth;
using SharpStack.Api.Catalog;
using SharpStack.Core.Identity;
using SharpStack.Data;

namespace SharpStack.Api.Identity;

/// <summary>
/// What a fresh database gets on first start: upstream's default roles with their rules, the
/// ROOT domain, the system account and the admin account with its user.
/// </summary>
public static class InitialData
{
    public const string AdminUsername = "admin";

    /// <summary>Seeds an empty database. Returns the admin password when one was generated.</summary>
    public static async Task<string?> EnsureAsync(CloudDbContext db, string? adminPassword, TimeProvider time, CancellationToken ct)
    {
        if (await db.Domains.AnyAsync(ct))
        {
            return null;
        }
        var now = time.GetUtcNow().UtcDateTime;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await SeedRolesAsync(db, ct);
        var root = new Domain { Name = "ROOT", Path = "/", Level = 0, Created = now };
        db.Domains.Add(root);
        await db.SaveChangesAsync(ct);
        var system = new Account { Name = "system", Type = AccountType.Admin, DomainId = root.Id, RoleId = Role.RootAdminId, IsDefault = true, Created = now };
        db.Accounts.Add(system);
        await db.SaveChangesAsync(ct);
        var admin = new Account { Name = "admin", Type = AccountType.Admin, DomainId = root.Id, RoleId = Role.RootAdminId, IsDefault = true, Created = now };
        db.Accounts.Add(admin);
        await db.SaveChangesAsync(ct);
        db.Users.Add(new User { Username = "system", PasswordHash = PasswordHasher.Unusable, AccountId = system.Id, FirstName = "system", LastName = "cloud", IsDefault = true, Created = now });
        await db.SaveChangesAsync(ct);
        var generated = adminPassword is null;
        var password = adminPassword ?? Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', 'x').Replace('/', 'y');
        db.Users.Add(new User { Username = AdminUsername, PasswordHash = PasswordHasher.Hash(password), AccountId = admin.Id, FirstName = "Admin", LastName = "User", IsDefault = true, Created = now });
        await db.SaveChangesAsync(ct);
        if (root.Id != Domain.RootId || system.Id != Account.SystemId || admin.Id != Account.AdminId)
        {
            throw new InvalidOperationException("The initial records did not get their well-known ids; the database is not empty");
        }
        await tx.CommitAsync(ct);
        return generated ? password : null;
    }

    private static async Task SeedRolesAsync(CloudDbContext db, CancellationToken ct)
    {
        using var stream = ApiCatalog.OpenResource("default-roles.json");
        using var doc = await JsonDocument.ParseAsync(stream, cancellationToken: ct);
        foreach (var r in doc.RootElement.GetProperty("roles").EnumerateArray())
        {
            var role = new Role
            {
                Name = r.GetProperty("name").GetString()!,
                Type = Enum.Parse<RoleType>(r.GetProperty("roleType").GetString()!),
                Description = r.GetProperty("description").GetString(),
                IsDefault = true,
            };
            db.Roles.Add(role);
            await db.SaveChangesAsync(ct);
            var order = 0;
            foreach (var rule in r.GetProperty("rules").EnumerateArray())
            {
                db.RolePermissions.Add(new RolePermission
                {
                    RoleId = role.Id,
                    Rule = rule.GetProperty("rule").GetString()!,
                    Permission = string.Equals(rule.GetProperty("permission").GetString(), "ALLOW", StringComparison.OrdinalIgnoreCase) ? RulePermission.Allow : RulePermission.Deny,
                    SortOrder = order++,
                });
            }
        }
        await db.SaveChangesAsync(ct);
        if (await db.Roles.Where(r => r.Id == Role.RootAdminId).Select(r => r.Type).FirstAsync(ct) != RoleType.Admin)
        {
            throw new InvalidOperationException("The root admin role did not get id 1");
        }
    }
}
