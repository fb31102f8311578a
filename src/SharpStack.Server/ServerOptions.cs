namespace SharpStack.Server;

/// <summary>
/// Server settings from the command line (--data-dir, --database, --admin-password, --demo),
/// configuration files or SHARPSTACK_* environment variables.
/// </summary>
public sealed class ServerOptions
{
    public const string DefaultUrls = "http://127.0.0.1:8080";

    /// <summary>Where the SQLite database, the server key and the generated admin password live.</summary>
    public string DataDir { get; set; } = "data";

    /// <summary>A SQLite connection string or file, or a PostgreSQL connection string (Host=...).</summary>
    public string? Database { get; set; }

    /// <summary>The admin user's password on first start; generated and printed once when absent.</summary>
    public string? AdminPassword { get; set; }

    /// <summary>Base64 of 32 bytes; servers sharing a database must share it. Read from DataDir/server.key when absent.</summary>
    public string? ServerKey { get; set; }

    /// <summary>Prepare a demo simulator zone.</summary>
    public bool Demo { get; set; }

    /// <summary>The base URL clients reach this server at, used in links it hands out (extract URLs); else its first listening address.</summary>
    public string? PublicUrl { get; set; }

    /// <summary>A zone file (YAML) applied at every start: whatever it names and the cloud lacks is created.</summary>
    public string? ZoneFile { get; set; }

    /// <summary>Run only the usage aggregator (upstream's usage server) against the database, with no API.</summary>
    public bool UsageOnly { get; set; }

    public string ConnectionString()
    {
        var database = Database;
        if (string.IsNullOrWhiteSpace(database))
        {
            return $"Data Source={Path.Combine(DataDir, "sharpstack.db")}";
        }
        return database.Contains('=', StringComparison.Ordinal) ? database : $"Data Source={database}";
    }
}
