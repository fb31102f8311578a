using SharpStack.Bench;

// sharpstack-bench [accounts] [options]: signed listAccounts against a bare endpoint (the default).
// sharpstack-bench hosts [options]: simulated hosts registering over the agent protocol, then listHosts.
// See bench/README.md.

return args switch
{
    ["hosts", .. var rest] => await HostsBench.RunAsync(rest),
    ["accounts", .. var rest] => await AccountsBench.RunAsync(rest),
    [var mode, ..] when !mode.StartsWith('-') => UnknownMode(mode),
    _ => await AccountsBench.RunAsync(args),
};

static int UnknownMode(string mode)
{
    Console.Error.WriteLine($"unknown mode '{mode}': use accounts (the default) or hosts");
    Console.Error.WriteLine(BenchOptions.Usage);
    Console.Error.WriteLine(HostsOptions.Usage);
    return 2;
}
