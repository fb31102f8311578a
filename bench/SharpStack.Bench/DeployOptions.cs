using System.Globalization;

namespace SharpStack.Bench;

/// <summary>Which database(s) the deploy mode runs on.</summary>
internal enum BenchDatabase
{
    Sqlite,
    Postgres,
}

/// <summary>
/// Command-line options of the deploy mode: --instances, --hosts, --concurrency, --list-counts,
/// --queries, --poll-ms, --database, --pg.
/// </summary>
internal sealed record DeployOptions(
    int Instances,
    int Hosts,
    int Concurrency,
    IReadOnlyList<int> ListCounts,
    int Queries,
    int PollMs,
    IReadOnlyList<BenchDatabase> Databases,
    string? PostgresAdmin,
    string DatabaseChoice,
    bool ShowHelp)
{
    public const string Usage =
        "usage: sharpstack-bench deploy [--instances N (1000)] [--hosts H (100)] [--concurrency C (32)] [--list-counts 10000,100000] [--queries Q (20)] "
        + "[--poll-ms P (100)] [--database sqlite|postgres|both (both when a PostgreSQL connection string is given, else sqlite)] "
        + "[--pg \"Host=127.0.0.1;Port=...;Username=...;Password=...\" (or SHARPSTACK_BENCH_POSTGRES)]";

    public const string PostgresVariable = "SHARPSTACK_BENCH_POSTGRES";

    public const int PageSize = 500;

    /// <summary>
    /// One account's guest network holds every deployed instance: the zone's guest CIDR is a /16
    /// (65,534 addresses, one of them the gateway), so --instances stays below that.
    /// </summary>
    public const int MaxInstances = 50_000;

    public static DeployOptions Parse(string[] args, string? postgresFromEnvironment)
    {
        var options = new DeployOptions(Instances: 1000, Hosts: 100, Concurrency: 32, ListCounts: [10_000, 100_000], Queries: 20, PollMs: 100,
            Databases: [], PostgresAdmin: null, DatabaseChoice: "", ShowHelp: false);
        string? database = null;
        string? pg = null;
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg is "-h" or "--help")
            {
                return options with { ShowHelp = true };
            }
            var (name, inline) = arg.Split('=', 2) is [var n, var v] ? (n, v) : (arg, null);
            string Value()
            {
                if (inline is not null)
                {
                    return inline;
                }
                if (i + 1 >= args.Length)
                {
                    throw new ArgumentException($"{name} needs a value");
                }
                return args[++i];
            }
            switch (name)
            {
                case "--instances":
                    options = options with { Instances = Number(name, Value(), 1, MaxInstances) };
                    break;
                case "--hosts":
                    options = options with { Hosts = Number(name, Value(), 1, 10_000) };
                    break;
                case "--concurrency":
                    options = options with { Concurrency = Number(name, Value(), 1, 1024) };
                    break;
                case "--list-counts":
                    var text = Value();
                    options = options with
                    {
                        ListCounts = text is "0" or "none" ? [] : text.Split(',', StringSplitOptions.TrimEntries).Select(c => Number(name, c, 1, 1_000_000)).Order().ToList(),
                    };
                    break;
                case "--queries":
                    options = options with { Queries = Number(name, Value(), 1, 10_000) };
                    break;
                case "--poll-ms":
                    options = options with { PollMs = Number(name, Value(), 5, 10_000) };
                    break;
                case "--database":
                    database = Value();
                    break;
                case "--pg":
                    // --pg=Host=...;Port=... splits at its first '=' only, so the value keeps its own.
                    pg = Value();
                    break;
                default:
                    throw new ArgumentException($"unknown option {arg}");
            }
        }
        pg = string.IsNullOrWhiteSpace(pg) ? (string.IsNullOrWhiteSpace(postgresFromEnvironment) ? null : postgresFromEnvironment) : pg;
        IReadOnlyList<BenchDatabase> databases = (database ?? (pg is null ? "sqlite" : "both")).ToLowerInvariant() switch
        {
            "sqlite" => [BenchDatabase.Sqlite],
            "postgres" or "postgresql" or "pg" => [BenchDatabase.Postgres],
            "both" => [BenchDatabase.Sqlite, BenchDatabase.Postgres],
            _ => throw new ArgumentException($"--database must be sqlite, postgres or both, not '{database}'"),
        };
        if (databases.Contains(BenchDatabase.Postgres) && pg is null)
        {
            throw new ArgumentException(
                $"--database {database} needs a PostgreSQL connection string: --pg \"Host=...\" or {PostgresVariable}; "
                + "e.g. export SHARPSTACK_PG_PORT=55440 SHARPSTACK_PG_DIR=/tmp/bench-pg; export " + PostgresVariable + "=$(scripts/test-postgres.sh start)");
        }
        if (databases.Contains(BenchDatabase.Postgres))
        {
            string? host;
            try
            {
                host = new Npgsql.NpgsqlConnectionStringBuilder(pg).Host;
            }
            catch (ArgumentException e)
            {
                throw new ArgumentException($"the PostgreSQL connection string is not valid: {e.Message}");
            }
            if (host is null || !IsLocal(host))
            {
                throw new ArgumentException($"the PostgreSQL connection string names host '{host}': the bench only talks to a loopback address, localhost or a local socket folder");
            }
        }
        var choice = database is not null
            ? $"--database {database.ToLowerInvariant()}"
            : pg is null
                ? $"SQLite only (no PostgreSQL connection string: give --pg or {PostgresVariable} to also run on PostgreSQL)"
                : "SQLite and PostgreSQL (a PostgreSQL connection string was given)";
        return options with { Databases = databases, PostgresAdmin = pg, DatabaseChoice = choice };
    }

    /// <summary>A loopback address, localhost, or a Unix socket folder (Npgsql takes a Host starting with '/' as one).</summary>
    private static bool IsLocal(string host) =>
        host.StartsWith('/') || host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || (System.Net.IPAddress.TryParse(host, out var ip) && System.Net.IPAddress.IsLoopback(ip));

    private static int Number(string name, string text, int min, int max) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new ArgumentException($"{name} must be whole numbers from {min} to {max}, not '{text}'");
}
