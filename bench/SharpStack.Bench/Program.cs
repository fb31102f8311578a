using SharpStack.Bench;

// sharpstack-bench [accounts] [options]: signed listAccounts against a bare endpoint (the default).
// sharpstack-bench hosts [options]: simulated hosts registering over the agent protocol, then listHosts.
// sharpstack-bench deploy [options]: deploying instances onto simulated hosts, then listVirtualMachines at scale.
// sharpstack-bench router [options]: router documents for a network with many instances and port forwarding rules.
// sharpstack-bench fill --data-dir DIR --account NAME --instances N: adds instances to an account of a data folder.
// See bench/README.md.

return args switch
{
    ["hosts", .. var rest] => await HostsBench.RunAsync(rest),
    ["deploy", .. var rest] => await DeployBench.RunAsync(rest),
    ["accounts", .. var rest] => await AccountsBench.RunAsync(rest),
    ["fill", .. var rest] => await FillMode.RunAsync(rest),
    ["router", .. var rest] => await RouterBench.RunAsync(rest),
    [var mode, ..] when !mode.StartsWith('-') => UnknownMode(mode),
    _ => await AccountsBench.RunAsync(args),
};

static int UnknownMode(string mode)
{
    Console.Error.WriteLine($"unknown mode '{mode}': use accounts (the default), hosts, deploy, router or fill");
    Console.Error.WriteLine(BenchOptions.Usage);
    Console.Error.WriteLine(HostsOptions.Usage);
    Console.Error.WriteLine(DeployOptions.Usage);
    Console.Error.WriteLine(RouterBench.Usage);
    Console.Error.WriteLine(FillMode.Usage);
    return 2;
}
