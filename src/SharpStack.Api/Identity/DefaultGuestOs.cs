using Microsoft.EntityFrameworkCore;
using SharpStack.Core.Compute;
using SharpStack.Data;

namespace SharpStack.Api.Identity;

/// <summary>Guest OS categories and types of the kind upstream ships, added once to a database that has none.</summary>
public static class DefaultGuestOs
{
    private static readonly (string Category, bool Featured, string[] Types)[] Seed =
    [
        ("CentOS", true, ["CentOS 7", "CentOS Stream 9"]),
        ("Debian", true, ["Debian GNU/Linux 10 (64-bit)", "Debian GNU/Linux 11 (64-bit)", "Debian GNU/Linux 12 (64-bit)"]),
        ("Oracle", false, ["Oracle Linux 8", "Oracle Linux 9"]),
        ("RedHat", true, ["Red Hat Enterprise Linux 8", "Red Hat Enterprise Linux 9"]),
        ("SUSE", false, ["SUSE Linux Enterprise Server 15 (64-bit)", "openSUSE Leap 15 (64-bit)"]),
        ("Windows", true, ["Windows Server 2019 (64-bit)", "Windows Server 2022 (64-bit)", "Windows 10 (64-bit)", "Windows 11 (64-bit)"]),
        ("Other", false, ["Other (64-bit)", "Other PV (64-bit)", "Other Linux (64-bit)", "Other 2.6x Linux (64-bit)"]),
        ("Novel", false, ["Novell Netware 6.x"]),
        ("Unix", false, ["FreeBSD 13 (64-bit)", "FreeBSD 14 (64-bit)"]),
        ("Ubuntu", true, ["Ubuntu 20.04 LTS", "Ubuntu 22.04 LTS", "Ubuntu 24.04 LTS"]),
        ("Rocky Linux", false, ["Rocky Linux 8", "Rocky Linux 9"]),
        ("AlmaLinux", false, ["AlmaLinux 8", "AlmaLinux 9"]),
        ("None", false, []),
    ];

    public static async Task EnsureAsync(CloudDbContext db, TimeProvider time, CancellationToken ct)
    {
        if (await db.GuestOsCategories.AnyAsync(ct))
        {
            return;
        }
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var (name, featured, types) in Seed)
        {
            var category = new GuestOsCategory { Name = name, IsFeatured = featured, Created = now };
            db.GuestOsCategories.Add(category);
            await db.SaveChangesAsync(ct);
            db.GuestOs.AddRange(types.Select(t => new GuestOs { CategoryId = category.Id, DisplayName = t, Created = now }));
        }
        await db.SaveChangesAsync(ct);
    }
}
