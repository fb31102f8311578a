using Microsoft.EntityFrameworkCore;
using SharpStack.Data;

namespace SharpStack.Orchestration.Jobs;

/// <summary>
/// Inserts a row a unique index allows only once, inside the caller's transaction: when a concurrent
/// request inserted it first, the insert is rolled back to a savepoint and that row is answered.
/// </summary>
public static class FirstInsert
{
    public static async Task<T> AddOrFetchAsync<T>(CloudDbContext db, T entity, string savepoint, Func<Task<T>> fetchExisting, CancellationToken ct)
        where T : class
    {
        var tx = db.Database.CurrentTransaction ?? throw new InvalidOperationException($"{typeof(T).Name} rows are made inside a transaction");
        await tx.CreateSavepointAsync(savepoint, ct);
        db.Add(entity);
        try
        {
            await db.SaveChangesAsync(ct);
            return entity;
        }
        catch (DbUpdateException)
        {
            await tx.RollbackToSavepointAsync(savepoint, ct);
            db.Entry(entity).State = EntityState.Detached;
            return await fetchExisting();
        }
    }
}
