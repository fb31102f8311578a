using Microsoft.EntityFrameworkCore;
using SharpStack.Core.Identity;
using SharpStack.Data;
using SharpStack.Orchestration.Jobs;

namespace SharpStack.Orchestration.Limits;

/// <summary>
/// A template's copies in image stores count against its owner's secondary_storage by their size,
/// as upstream counts them: added when a copy is ready (which the limit may refuse), given back when it goes.
/// </summary>
public sealed class TemplateStorageCount(ResourceLimiter limiter)
{
    public async Task AddAsync(CloudDbContext db, long templateId, long bytes, CancellationToken ct)
    {
        await using var tx = await UnitOfWork.BeginAsync(db, ct);
        await limiter.IncrementAsync(db, await OwnerAsync(db, templateId, ct), [(ResourceType.secondary_storage, bytes)], ct);
        await tx.CommitAsync(ct);
    }

    public async Task ReleaseAsync(CloudDbContext db, long templateId, long bytes, CancellationToken ct)
    {
        await using var tx = await UnitOfWork.BeginAsync(db, ct);
        await limiter.DecrementAsync(db, await OwnerAsync(db, templateId, ct), [(ResourceType.secondary_storage, bytes)], ct);
        await tx.CommitAsync(ct);
    }

    private static Task<Account> OwnerAsync(CloudDbContext db, long templateId, CancellationToken ct) =>
        db.VmTemplates.AsNoTracking().Where(t => t.Id == templateId).Join(db.Accounts.AsNoTracking(), t => t.AccountId, a => a.Id, (_, a) => a).FirstAsync(ct);
}
