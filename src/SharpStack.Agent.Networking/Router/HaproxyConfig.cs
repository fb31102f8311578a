using System.Globalization;
using System.Text;
using SharpStack.Agent.Protocol;

namespace SharpStack.Agent.Networking.Router;

/// <summary>
/// haproxy's configuration for a router's load balancer rules: one frontend on the public address
/// and port per rule, its backend with the rule's algorithm (roundrobin, leastconn, source),
/// stickiness (LbCookie/AppCookie in http mode, SourceBased with a stick table), health checks
/// (an HTTP GET of the ping path, else a TCP connect), the rule's source CIDRs, and the PROXY
/// protocol towards the members for tcp-proxy rules.
/// </summary>
public static class HaproxyConfig
{
    /// <summary>Rules haproxy can serve (it balances TCP, not UDP).</summary>
    public static IReadOnlyList<LoadBalancerSpec> Served(RouterConfig config) =>
        config.LoadBalancers.Where(lb => !lb.Protocol.Equals("udp", StringComparison.OrdinalIgnoreCase))
            .OrderBy(lb => lb.PublicIp, StringComparer.Ordinal).ThenBy(lb => lb.PublicPort).ToList();

    public static string Render(RouterConfig config, RouterPaths paths)
    {
        var sb = new StringBuilder()
            .AppendLine($"# SharpStack router {config.RouterName}: generated, do not edit")
            .AppendLine("global")
            .AppendLine("    maxconn 4096")
            .AppendLine($"    stats socket {Path.Combine(paths.Directory, "haproxy.sock")} mode 600 level admin")
            .AppendLine("defaults")
            .AppendLine("    timeout connect 5s")
            .AppendLine("    timeout client 50s")
            .AppendLine("    timeout server 50s");
        foreach (var lb in Served(config))
        {
            RenderRule(lb, sb);
        }
        return sb.ToString();
    }

    private static void RenderRule(LoadBalancerSpec lb, StringBuilder sb)
    {
        var name = $"lb-{lb.PublicIp.Replace('.', '_')}-{lb.PublicPort}";
        var http = lb.Stickiness?.Method is "LbCookie" or "AppCookie";
        var mode = http ? "http" : "tcp";
        sb.AppendLine($"frontend {name}")
            .AppendLine($"    mode {mode}")
            .AppendLine($"    bind {lb.PublicIp}:{lb.PublicPort}");
        if (lb.SourceCidrs.Count > 0 && !lb.SourceCidrs.Contains("0.0.0.0/0"))
        {
            sb.AppendLine($"    tcp-request connection reject unless {{ src {string.Join(' ', lb.SourceCidrs)} }}");
        }
        sb.AppendLine($"    default_backend {name}")
            .AppendLine($"backend {name}")
            .AppendLine($"    mode {mode}")
            .AppendLine($"    balance {Algorithm(lb.Algorithm)}");
        var cookie = RenderStickiness(lb.Stickiness, sb);
        var check = RenderHealthCheck(lb.HealthCheck, sb);
        // tcp-proxy: the members learn the client's address from a PROXY protocol header.
        var proxy = lb.Protocol.Equals("tcp-proxy", StringComparison.OrdinalIgnoreCase) ? " send-proxy" : "";
        for (var i = 0; i < lb.Backends.Count; i++)
        {
            sb.AppendLine($"    server s{i} {lb.Backends[i]}:{lb.PrivatePort} check{check}{proxy}{(cookie ? $" cookie s{i}" : "")}");
        }
    }

    private static string Algorithm(string algorithm) =>
        algorithm.ToLowerInvariant() switch
        {
            "leastconn" => "leastconn",
            "source" => "source",
            _ => "roundrobin",
        };

    /// <returns>Whether servers need a cookie value.</returns>
    private static bool RenderStickiness(LbStickinessSpec? stickiness, StringBuilder sb)
    {
        switch (stickiness?.Method)
        {
            case "LbCookie":
                sb.AppendLine($"    cookie {Param(stickiness, "cookie-name", "SERVERID")} insert indirect nocache");
                return true;
            case "AppCookie":
                sb.AppendLine($"    cookie {Param(stickiness, "cookie-name", "JSESSIONID")} prefix nocache");
                return true;
            case "SourceBased":
                sb.AppendLine($"    stick-table type ip size {Param(stickiness, "tablesize", "200k")} expire {Param(stickiness, "expire", "30m")}")
                    .AppendLine("    stick on src");
                return false;
            default:
                return false;
        }
    }

    /// <returns>The check parameters of each server line.</returns>
    private static string RenderHealthCheck(LbHealthCheckSpec? health, StringBuilder sb)
    {
        if (health is null)
        {
            return "";
        }
        if (!string.IsNullOrWhiteSpace(health.PingPath))
        {
            var path = health.PingPath.StartsWith('/') ? health.PingPath : "/" + health.PingPath;
            sb.AppendLine($"    option httpchk GET {path}");
        }
        sb.AppendLine($"    timeout check {Seconds(health.ResponseTimeSeconds)}");
        return $" inter {Seconds(health.IntervalSeconds)} rise {Math.Max(1, health.HealthyThreshold)} fall {Math.Max(1, health.UnhealthyThreshold)}";
    }

    private static string Param(LbStickinessSpec spec, string name, string fallback) =>
        spec.Params.FirstOrDefault(p => p.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value is { Length: > 0 } value ? value : fallback;

    private static string Seconds(int seconds) => $"{Math.Max(1, seconds).ToString(CultureInfo.InvariantCulture)}s";
}
