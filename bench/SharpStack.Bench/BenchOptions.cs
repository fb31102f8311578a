using System.Globalization;

namespace SharpStack.Bench;

/// <summary>Command-line options: --seconds, --concurrency, --warmup, --accounts.</summary>
internal sealed record BenchOptions(int Seconds, int Concurrency, int WarmupSeconds, int Accounts, bool ShowHelp)
{
    public const string Usage =
        "usage: sharpstack-bench [accounts] [--seconds N (10)] [--concurrency C (16)] [--warmup S (2)] [--accounts A (20)]";

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions(Seconds: 10, Concurrency: 16, WarmupSeconds: 2, Accounts: 20, ShowHelp: false);
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
                "--seconds" => options with { Seconds = Number(name, Value(), 1, 600) },
                "--concurrency" => options with { Concurrency = Number(name, Value(), 1, 1024) },
                "--warmup" => options with { WarmupSeconds = Number(name, Value(), 0, 60) },
                "--accounts" => options with { Accounts = Number(name, Value(), 0, 1000) },
                _ => throw new ArgumentException($"unknown option {arg}"),
            };
        }
        return options;
    }

    private static int Number(string name, string text, int min, int max) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new ArgumentException($"{name} must be a whole number from {min} to {max}, not '{text}'");
}
