using System.Globalization;

namespace SharpStack.Bench;

/// <summary>Command-line options of the hosts mode: --counts, --queries, --idle, --timeout.</summary>
internal sealed record HostsOptions(IReadOnlyList<int> Counts, int Queries, int IdleSeconds, int TimeoutSeconds, bool ShowHelp)
{
    public const string Usage =
        "usage: sharpstack-bench hosts [--counts 1000,10000] [--queries Q (50)] [--idle S (60)] [--timeout S (0: 180 s or 60 ms per host, whichever is more)]";

    public const int PageSize = 500;

    public static HostsOptions Parse(string[] args)
    {
        var options = new HostsOptions(Counts: [1000, 10_000], Queries: 50, IdleSeconds: 60, TimeoutSeconds: 0, ShowHelp: false);
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
            options = name switch
            {
                "--counts" => options with { Counts = Value().Split(',', StringSplitOptions.TrimEntries).Select(c => Number(name, c, 1, 50_000)).ToList() },
                "--queries" => options with { Queries = Number(name, Value(), 1, 10_000) },
                "--idle" => options with { IdleSeconds = Number(name, Value(), 0, 600) },
                "--timeout" => options with { TimeoutSeconds = Number(name, Value(), 0, 3600) },
                _ => throw new ArgumentException($"unknown option {arg}"),
            };
        }
        return options;
    }

    /// <summary>How long <paramref name="hosts"/> hosts may take to come Up: 10 minutes for 10,000 unless --timeout says otherwise.</summary>
    public TimeSpan TimeLimit(int hosts) =>
        TimeoutSeconds > 0 ? TimeSpan.FromSeconds(TimeoutSeconds) : TimeSpan.FromSeconds(Math.Max(180, hosts * 0.06));

    private static int Number(string name, string text, int min, int max) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new ArgumentException($"{name} must be whole numbers from {min} to {max}, not '{text}'");
}
