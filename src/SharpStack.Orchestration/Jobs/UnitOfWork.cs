using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using SharpStack.Data;

namespace SharpStack.Orchestration.Jobs;

/// <summary>
/// A transaction of its own, or the caller's when one is open already (then commit and rollback
/// are left to the caller). Lets orchestration steps run both inside a command's transaction and alone.
/// </summary>
public sealed class UnitOfWork : IAsyncDisposable
{
    private readonly IDbContextTransaction? _own;

    private UnitOfWork(IDbContextTransaction? own) => _own = own;

    public static async Task<UnitOfWork> BeginAsync(CloudDbContext db, CancellationToken ct) =>
        new(db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null);

    public Task CommitAsync(CancellationToken ct) => _own?.CommitAsync(ct) ?? Task.CompletedTask;

    public ValueTask DisposeAsync() => _own?.DisposeAsync() ?? ValueTask.CompletedTask;
}
