using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.Extensions.DependencyInjection;

namespace SharpStack.Data;

/// <summary>Chooses the provider from the connection string: a PostgreSQL one names a Host, anything else is a SQLite file.</summary>
public static class DatabaseProvider
{
    public static bool IsPostgres(string connectionString) =>
        connectionString.Contains("Host=", StringComparison.OrdinalIgnoreCase) ||
        connectionString.StartsWith("postgres", StringComparison.OrdinalIgnoreCase);

    public static IServiceCollection AddCloudDatabase(this IServiceCollection services, string connectionString)
    {
        if (IsPostgres(connectionString))
        {
            services.AddDbContextPool<CloudDbContext, PostgresCloudDbContext>(o => o.UseNpgsql(connectionString));
        }
        else
        {
            services.AddDbContextPool<CloudDbContext, SqliteCloudDbContext>(o => o.UseSqlite(connectionString));
        }
        return services;
    }

    /// <summary>Applies pending migrations; SQLite also gets WAL so readers never wait on the writer.</summary>
    public static async Task MigrateAsync(CloudDbContext db, CancellationToken ct)
    {
        await db.Database.MigrateAsync(ct);
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
    }
}

/// <summary>Lets `dotnet ef migrations add --context SqliteCloudDbContext` build a context.</summary>
public sealed class SqliteDesignFactory : IDesignTimeDbContextFactory<SqliteCloudDbContext>
{
    public SqliteCloudDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteCloudDbContext>().UseSqlite("Data Source=design.db").Options);
}

/// <summary>Lets `dotnet ef migrations add --context PostgresCloudDbContext` build a context.</summary>
public sealed class PostgresDesignFactory : IDesignTimeDbContextFactory<PostgresCloudDbContext>
{
    public PostgresCloudDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresCloudDbContext>().UseNpgsql("Host=localhost;Database=design").Options);
}
