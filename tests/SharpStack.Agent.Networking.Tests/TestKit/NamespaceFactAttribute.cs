namespace SharpStack.Agent.Networking.Tests.TestKit;

/// <summary>A test that builds network namespaces: it needs root, and says so instead of failing without it.</summary>
public sealed class NamespaceFactAttribute : FactAttribute
{
    public NamespaceFactAttribute()
    {
        if (Environment.UserName != "root" && !IsRoot())
        {
            Skip = "needs root (network namespaces, bridges, iptables): run the tests as root, as CI does";
        }
    }

    private static bool IsRoot() => File.ReadAllLines("/proc/self/status").Any(l => l.StartsWith("Uid:", StringComparison.Ordinal) && l.Split('\t', ' ', StringSplitOptions.RemoveEmptyEntries)[1] == "0");
}
