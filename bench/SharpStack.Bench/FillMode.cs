using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SharpStack.Data;
using SharpStack.Server;

namespace SharpStack.Bench;

/// <summary>
/// sharpstack-bench fill --data-dir DIR --account NAME --instances N: adds instances to one account
/// of an existing server's SQLite data folder (InstanceFill, copying one of the account's Running
/// instances) until it has N, for tests that list at scale (the web UI's browser tests). The server
/// may be running meanwhile; this process only opens the database.
/// </summary>
internal static class FillMode
{
    public const string Usage = "fill: --data-dir DIR --account NAME --instances N";

    public static async Task<int> RunAsync(string[] args)
    {
        string? dataDir = null, account = null;
        var instances = 0;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--data-dir": dataDir = args[i + 1]; break;
                case "--account": account = args[i + 1]; break;
                case "--instances": instances = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                default:
                    Console.Error.WriteLine($"unknown option {args[i]}; {Usage}");
                    return 2;
            }
        }
        if (dataDir is null || account is null || instances <= 0 || args.Length % 2 != 0)
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }
        var app = ServerHost.Build(["--data-dir", dataDir, "--agent-port", "-1", "--Logging:LogLevel:Default=Warning"]);
        await using (app)
        {
            long[] ids;
            await using (var scope = app.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<CloudDbContext>();
                ids = await db.Accounts.Where(a => a.Removed == null && a.Name == account).Select(a => a.Id).ToArrayAsync();
            }
            if (ids.Length != 1)
            {
                Console.Error.WriteLine($"{ids.Length} accounts are named '{account}': need exactly one");
                return 2;
            }
            try
            {
                var result = await InstanceFill.FillAsync(app.Services, instances, CancellationToken.None, ids[0]);
                Console.WriteLine($"added {result.Added} instances to account {account} in {result.Elapsed.TotalSeconds:F1} s");
                return 0;
            }
            catch (BenchSetupException e)
            {
                Console.Error.WriteLine(e.Message);
                return 2;
            }
        }
    }
}
