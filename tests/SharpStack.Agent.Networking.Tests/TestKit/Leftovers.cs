using SharpStack.Agent.Networking.Processes;

namespace SharpStack.Agent.Networking.Tests.TestKit;

/// <summary>What the namespace tests must not leave behind: namespaces, veths, bridges, dnsmasq or haproxy processes.</summary>
public static class Leftovers
{
    public static void AssertNoneFor(string testId, IEnumerable<string> routerNames, string stateDirectory)
    {
        var namespaces = Directory.Exists("/run/netns") ? Directory.GetFiles("/run/netns").Select(Path.GetFileName).ToList() : [];
        Assert.DoesNotContain(namespaces, n => n!.StartsWith(TestNetwork.NamePrefix + testId, StringComparison.Ordinal));
        foreach (var router in routerNames)
        {
            Assert.DoesNotContain(HostNetworkNames.RouterNamespace(router), namespaces);
            var links = Directory.GetDirectories("/sys/class/net").Select(Path.GetFileName).ToList();
            Assert.DoesNotContain(HostNetworkNames.RouterVeth(router, 0), links);
            Assert.DoesNotContain(HostNetworkNames.RouterVeth(router, 1), links);
        }
        Assert.Empty(PidFiles.ProcessesWithArgument("dnsmasq", stateDirectory));
        Assert.Empty(PidFiles.ProcessesWithArgument("haproxy", stateDirectory));
    }

    /// <summary>After all tests: no namespace of any test run and no daemon started from a test state directory.</summary>
    public static void AssertNoneAtAll()
    {
        var namespaces = Directory.Exists("/run/netns") ? Directory.GetFiles("/run/netns").Select(Path.GetFileName).ToList() : [];
        Assert.DoesNotContain(namespaces, n => System.Text.RegularExpressions.Regex.IsMatch(n!, $"^{TestNetwork.NamePrefix}[0-9a-f]{{6}}[hpg]"));
        foreach (var router in TestNetwork.AllRouterNames)
        {
            Assert.DoesNotContain(HostNetworkNames.RouterNamespace(router), namespaces);
        }
        var stateRoot = Path.Combine(Path.GetTempPath(), "sharpstack-net-");
        Assert.Empty(PidFiles.ProcessesWithArgument("dnsmasq", stateRoot));
        Assert.Empty(PidFiles.ProcessesWithArgument("haproxy", stateRoot));
        Assert.Empty(PidFiles.ProcessesWithArgument("busybox", stateRoot));
    }
}
