using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using SharpStack.Api.Catalog;
using SharpStack.Api.Pipeline;
using SharpStack.EndToEnd.Tests.TestKit;

namespace SharpStack.EndToEnd.Tests.Matrix;

/// <summary>
/// The implemented commands as the server discovers them (handlers + the catalog), so a matrix
/// test gets one case per command and covers every command added later without being edited.
/// </summary>
public static class MatrixCommands
{
    private static readonly Lazy<IReadOnlyList<CommandInfo>> Implemented = new(() =>
        CommandRegistry.DiscoverHandlers(typeof(SharpStack.Api.ApiServices).Assembly)
            .Select(t => t.GetCustomAttribute<ApiCommandAttribute>()!.Name)
            .Where(n => !IsLoginOrLogout(n))
            .Select(n => ApiCatalog.Instance.Find(n) ?? throw new InvalidOperationException($"{n} is not in the catalog"))
            .OrderBy(c => c.Name, StringComparer.Ordinal)
            .ToList());

    public static IReadOnlyList<CommandInfo> All => Implemented.Value;

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var command in All)
        {
            data.Add(command.Name);
        }
        return data;
    }

    public static bool IsLoginOrLogout(string name) =>
        string.Equals(name, "login", StringComparison.OrdinalIgnoreCase) || string.Equals(name, "logout", StringComparison.OrdinalIgnoreCase);

    public static bool IsReadOnly(string name) => CommandExecutor.IsReadOnly(name);

    /// <summary>A uuid parameter, or a list of uuids.</summary>
    public static bool IsUuid(ParamInfo p) => p.Type == ParamType.Uuid || (p.Type == ParamType.List && p.CollectionType == ParamType.Uuid);

    public static bool IsWholeNumber(ParamType? type) => type is ParamType.Integer or ParamType.Long or ParamType.Short;

    public static bool IsString(ParamInfo p) => p.Type == ParamType.String || (p.Type == ParamType.List && p.CollectionType is null or ParamType.String);

    /// <summary>A plausible value for a non-uuid parameter, as request arguments (a map has two).</summary>
    public static IEnumerable<(string Name, string Value)> Plausible(ParamInfo p)
    {
        if (p.Type == ParamType.Map)
        {
            return [(p.Name + "[0].key", "k"), (p.Name + "[0].value", "v")];
        }
        var type = p.Type == ParamType.List ? p.CollectionType ?? ParamType.String : p.Type;
        var value = type switch
        {
            ParamType.Integer or ParamType.Long or ParamType.Short or ParamType.Float or ParamType.Double => "1",
            ParamType.Boolean => "true",
            ParamType.Date => "2030-01-01",
            _ => "x1",
        };
        return [(p.Name, value)];
    }
}

/// <summary>
/// Request arguments by parameter name (case-insensitive, as the server matches them), keeping
/// the entries of a map parameter together so one can be set, replaced or left out as a whole.
/// </summary>
public sealed class MatrixArgs
{
    private readonly List<(string Param, string Name, string Value)> _items = [];

    public MatrixArgs Set(string param, string value) => Set(param, [(param, value)]);

    public MatrixArgs Set(string param, IEnumerable<(string Name, string Value)> values)
    {
        Remove(param);
        foreach (var (name, value) in values)
        {
            _items.Add((param, name, value));
        }
        return this;
    }

    public MatrixArgs Remove(string param)
    {
        _items.RemoveAll(i => string.Equals(i.Param, param, StringComparison.OrdinalIgnoreCase));
        return this;
    }

    public bool Has(string param) => _items.Exists(i => string.Equals(i.Param, param, StringComparison.OrdinalIgnoreCase));

    public MatrixArgs Copy()
    {
        var copy = new MatrixArgs();
        copy._items.AddRange(_items);
        return copy;
    }

    public (string Name, string Value)[] ToArray() => _items.Select(i => (i.Name, i.Value)).ToArray();

    public int Length => _items.Sum(i => i.Name.Length + i.Value.Length + 2);

    public override string ToString() =>
        string.Join('&', _items.Select(i => i.Name + "=" + (i.Value.Length > 40 ? i.Value[..20] + $"...({i.Value.Length} chars)" : i.Value)));
}

/// <summary>
/// The contents of every table a command can change (domains, accounts, users, roles,
/// role_permissions, async_jobs, events, configuration and any table added later), read through a
/// separate read-only SQLite connection. What changes without any API call is left out: sessions
/// (last access), management servers (heartbeats), the hosts' last ping (simulated agents) and
/// what the usage aggregator writes (intervals, periods, records, the events' processed flag).
/// </summary>
public sealed class DbSnapshot
{
    /// <summary>Tables that change without any API call.</summary>
    public static readonly string[] Excluded = ["sessions", "management_servers", "usage_intervals", "usage_periods", "usage_records"];

    /// <summary>Columns that change without any API call, by table.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> VolatileColumns = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
    {
        ["hosts"] = ["LastPinged"],
        ["usage_events"] = ["Processed"],
    };

    private readonly Dictionary<string, List<string>> _rows;

    private DbSnapshot(Dictionary<string, List<string>> rows) => _rows = rows;

    public static string ReadOnly(string connectionString) =>
        new SqliteConnectionStringBuilder(connectionString) { Mode = SqliteOpenMode.ReadOnly }.ToString();

    /// <summary>Waits until no job is queued or running, so a finishing job is not taken for a change.</summary>
    public static async Task WaitForJobsAsync(string connectionString, int timeoutSeconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        await using var connection = new SqliteConnection(ReadOnly(connectionString));
        await connection.OpenAsync();
        while (true)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM async_jobs WHERE Phase != 2";
            var pending = Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
            if (pending == 0)
            {
                return;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{pending} job(s) still pending after {timeoutSeconds}s");
            }
            await Task.Delay(25);
        }
    }

    /// <summary>Waits for pending jobs, then reads every table.</summary>
    public static async Task<DbSnapshot> TakeAsync(string connectionString)
    {
        await WaitForJobsAsync(connectionString);
        return await ReadAsync(connectionString);
    }

    public static async Task<DbSnapshot> ReadAsync(string connectionString)
    {
        var rows = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        await using var connection = new SqliteConnection(ReadOnly(connectionString));
        await connection.OpenAsync();
        // One read transaction, so all tables come from the same committed state.
        await using var tx = await connection.BeginTransactionAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.Transaction = (SqliteTransaction)tx;
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            await using var names = await list.ExecuteReaderAsync();
            while (await names.ReadAsync())
            {
                var name = names.GetString(0);
                if (!Excluded.Contains(name, StringComparer.OrdinalIgnoreCase))
                {
                    tables.Add(name);
                }
            }
        }
        foreach (var table in tables)
        {
            var list = new List<string>();
            await using var command = connection.CreateCommand();
            command.Transaction = (SqliteTransaction)tx;
#pragma warning disable CA2100 // table names come from sqlite_master
            command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY 1";
#pragma warning restore CA2100
            await using var reader = await command.ExecuteReaderAsync();
            var skip = VolatileColumns.GetValueOrDefault(table, []);
            while (await reader.ReadAsync())
            {
                var sb = new StringBuilder();
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    if (skip.Contains(reader.GetName(i), StringComparer.OrdinalIgnoreCase))
                    {
                        continue;
                    }
                    sb.Append('|').Append(reader.GetName(i)).Append('=').Append(reader.IsDBNull(i) ? "NULL" : Format(reader.GetValue(i)));
                }
                list.Add(sb.ToString());
            }
            rows[table] = list;
        }
        return new DbSnapshot(rows);
    }

    private static string Format(object value) => value switch
    {
        byte[] bytes => Convert.ToHexString(bytes),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    /// <summary>What changed since <paramref name="before"/>, or null when nothing did.</summary>
    public string? DiffFrom(DbSnapshot before) => Diff(before, this, _ => true);

    /// <summary>
    /// What changed since <paramref name="before"/> among rows that mention one of
    /// <paramref name="needles"/> (uuids, names), or null when none did.
    /// </summary>
    public string? DiffMentioning(DbSnapshot before, IReadOnlyCollection<string> needles) =>
        Diff(before, this, row => needles.Any(n => row.Contains(n, StringComparison.OrdinalIgnoreCase)));

    private static string? Diff(DbSnapshot before, DbSnapshot after, Func<string, bool> relevant)
    {
        var sb = new StringBuilder();
        foreach (var table in before._rows.Keys.Union(after._rows.Keys).Order(StringComparer.Ordinal))
        {
            var old = before._rows.GetValueOrDefault(table, []).Where(relevant).ToHashSet(StringComparer.Ordinal);
            var now = after._rows.GetValueOrDefault(table, []).Where(relevant).ToHashSet(StringComparer.Ordinal);
            foreach (var removed in old.Where(r => !now.Contains(r)))
            {
                sb.Append("\n    ").Append(table).Append(" - ").Append(Shorten(removed));
            }
            foreach (var added in now.Where(r => !old.Contains(r)))
            {
                sb.Append("\n    ").Append(table).Append(" + ").Append(Shorten(added));
            }
        }
        return sb.Length == 0 ? null : sb.ToString();
    }

    private static string Shorten(string row) => row.Length > 400 ? row[..400] + "..." : row;
}

/// <summary>Checks of the reply envelope shared by the matrix tests.</summary>
public static class MatrixReplies
{
    /// <summary>
    /// Null when the reply is a well-formed upstream error: a JSON body whose one response object
    /// has an integer errorcode equal to the HTTP status and a string errortext.
    /// </summary>
    public static string? ErrorEnvelopeProblem(ApiReply reply)
    {
        JsonElement content;
        try
        {
            using var doc = JsonDocument.Parse(reply.Body);
            if (doc.RootElement.ValueKind != JsonValueKind.Object || !doc.RootElement.EnumerateObject().Any())
            {
                return $"error body is not a JSON object with a response name: {Short(reply.Body)}";
            }
            content = doc.RootElement.EnumerateObject().First().Value.Clone();
        }
        catch (JsonException e)
        {
            return $"error body is not JSON ({e.Message}): {Short(reply.Body)}";
        }
        if (content.ValueKind != JsonValueKind.Object ||
            !content.TryGetProperty("errorcode", out var code) || code.ValueKind != JsonValueKind.Number ||
            !content.TryGetProperty("errortext", out var text) || text.ValueKind != JsonValueKind.String)
        {
            return $"error body lacks errorcode/errortext: {Short(reply.Body)}";
        }
        if (code.GetInt32() != reply.Code)
        {
            return $"HTTP status {reply.Code} differs from errorcode {code.GetInt32()}: {Short(reply.Body)}";
        }
        return null;
    }

    /// <summary>Null when the body parses as JSON.</summary>
    public static string? JsonProblem(ApiReply reply)
    {
        try
        {
            using var doc = JsonDocument.Parse(reply.Body);
            return null;
        }
        catch (JsonException e)
        {
            return $"body is not JSON ({e.Message}): {Short(reply.Body)}";
        }
    }

    public static string Short(string body) => body.Length > 600 ? body[..600] + "..." : body;

    /// <summary>Sends with GET, or with POST when the query would be long.</summary>
    public static Task<ApiReply> SendAsync(CloudClient client, string command, MatrixArgs args) =>
        args.Length > 1500 ? client.PostAsync(command, args.ToArray()) : client.CallAsync(command, args.ToArray());
}

/// <summary>Finds records a client can see, by the catalog's entity kind, through the list commands.</summary>
public static class MatrixRecords
{
    /// <summary>
    /// Creates a zone, pod, cluster, host, storage, physical network, traffic type and public IP
    /// range with the commands that exist (as the root admin), then fills <paramref name="records"/> with the first record of every kind.
    /// </summary>
    /// <returns>The seeding calls that failed, for the report of kinds without a record.</returns>
    public static async Task<List<string>> SeedInfrastructureAsync(CloudClient admin, IDictionary<string, string> records)
    {
        var failures = new List<string>();
        var seeds = new (string Command, Func<IDictionary<string, string>, (string, string)[]?> Args)[]
        {
            ("createZone", _ => [("name", Tenants.Unique("mxzone")), ("dns1", "8.8.8.8"), ("internaldns1", "10.0.0.2"), ("networktype", "Advanced")]),
            ("createPod", r => r.TryGetValue("DataCenter", out var zone)
                ? [("zoneid", zone), ("name", Tenants.Unique("mxpod")), ("gateway", "10.1.0.1"), ("netmask", "255.255.255.0"), ("startip", "10.1.0.10"), ("endip", "10.1.0.20")]
                : null),
            ("addCluster", r => r.TryGetValue("DataCenter", out var zone) && r.TryGetValue("Pod", out var pod)
                ? [("zoneid", zone), ("podid", pod), ("clustername", Tenants.Unique("mxcluster")), ("hypervisor", "Simulator"), ("clustertype", "CloudManaged")]
                : null),
            ("createPhysicalNetwork", r => r.TryGetValue("DataCenter", out var zone) ? [("zoneid", zone), ("name", Tenants.Unique("mxphys")), ("vlan", "100-199")] : null),
            ("addHost", r => r.TryGetValue("DataCenter", out var zone) && r.TryGetValue("Pod", out var pod) && r.TryGetValue("Cluster", out var cluster)
                ? [("zoneid", zone), ("podid", pod), ("clusterid", cluster), ("url", "http://sim/c1/h1"), ("hypervisor", "Simulator")]
                : null),
            ("createStoragePool", r => r.TryGetValue("DataCenter", out var zone) && r.TryGetValue("Pod", out var pod) && r.TryGetValue("Cluster", out var cluster)
                ? [("zoneid", zone), ("podid", pod), ("clusterid", cluster), ("name", Tenants.Unique("mxpool")), ("url", "nfs://10.0.0.5/export/primary")]
                : null),
            ("addImageStore", r => r.TryGetValue("DataCenter", out var zone)
                ? [("zoneid", zone), ("provider", "NFS"), ("name", Tenants.Unique("mxstore")), ("url", "nfs://10.0.0.5/export/secondary")]
                : null),
            ("addTrafficType", r => r.TryGetValue("PhysicalNetwork", out var network) ? [("physicalnetworkid", network), ("traffictype", "Public")] : null),
            ("createProject", _ => [("name", Tenants.Unique("mxproject")), ("displaytext", "matrix")]),
            ("createProjectRole", r => r.TryGetValue("Project", out var project) ? [("projectid", project), ("name", Tenants.Unique("mxprole"))] : null),
            ("createProjectRolePermission", r => r.TryGetValue("Project", out var project) && r.TryGetValue("ProjectRole", out var role)
                ? [("projectid", project), ("projectroleid", role), ("rule", "list*"), ("permission", "allow")]
                : null),
            // An invitation needs project.invite.required for as long as it is made.
            ("updateConfiguration", r => r.ContainsKey("Project") ? [("name", "project.invite.required"), ("value", "true")] : null),
            ("addAccountToProject", r => r.TryGetValue("Project", out var project) ? [("projectid", project), ("email", "matrix@example.test")] : null),
            ("updateConfiguration", _ => [("name", "project.invite.required"), ("value", "false")]),
            ("createVlanIpRange", r => r.TryGetValue("DataCenter", out var zone)
                ? [("zoneid", zone), ("vlan", "untagged"), ("gateway", "192.0.2.1"), ("netmask", "255.255.255.0"), ("startip", "192.0.2.10"), ("endip", "192.0.2.20"), ("forvirtualnetwork", "true")]
                : null),
        };
        foreach (var (command, build) in seeds)
        {
            await DiscoverAsync(admin, records);
            if (MatrixCommands.All.Any(c => c.Name == command) && build(records) is { } args)
            {
                var reply = await admin.CallAsync(command, args);
                if (!reply.IsError && reply.Content.TryGetProperty("jobid", out var job))
                {
                    reply = await admin.WaitForJobAsync(job.GetString()!);
                    if (reply["jobstatus"].GetInt32() != 1)
                    {
                        failures.Add($"{command}: {reply.Body}");
                    }
                }
                else if (reply.IsError)
                {
                    failures.Add($"{command}: {reply.Body}");
                }
            }
        }
        await DiscoverAsync(admin, records);
        // listProjectRolePermissions has no id parameter to name the kind of what it lists.
        if (!records.ContainsKey("ProjectRolePermission") && records.TryGetValue("Project", out var rulesProject) &&
            MatrixCommands.All.Any(c => c.Name == "listProjectRolePermissions"))
        {
            var rules = (await admin.CallAsync("listProjectRolePermissions", ("projectid", rulesProject))).EnsureOk().Items("projectrolepermission");
            if (rules.Count > 0)
            {
                records["ProjectRolePermission"] = rules[0].Id();
            }
        }
        // listTemplates needs a templatefilter, so discovery cannot find templates: register one
        // (public-address URL, NFS store in a Simulator zone: simulated, nothing is fetched).
        if (MatrixCommands.All.Any(c => c.Name == "registerTemplate") && !records.ContainsKey("VirtualMachineTemplate"))
        {
            var reply = await admin.CallAsync("registerTemplate", ("name", Tenants.Unique("mxtemplate")), ("displaytext", "matrix"),
                ("url", "http://203.0.113.10/matrix.qcow2"), ("format", "QCOW2"), ("hypervisor", "Simulator"));
            if (reply.IsError)
            {
                failures.Add($"registerTemplate: {reply.Body}");
            }
            else
            {
                records["VirtualMachineTemplate"] = reply.Items("template")[0].Id();
                // Wait for the simulated download so that no background change lands inside a probe.
                await WaitForTemplateAsync(admin, records["VirtualMachineTemplate"]);
            }
        }
        if (MatrixCommands.All.Any(c => c.Name == "deployVirtualMachine") && !records.ContainsKey("VirtualMachine") &&
            records.TryGetValue("DataCenter", out var vmZone) && records.TryGetValue("VirtualMachineTemplate", out var vmTemplate) &&
            records.TryGetValue("ServiceOffering", out var vmOffering))
        {
            var vm = await DeployAsync(admin, failures, ("zoneid", vmZone), ("templateid", vmTemplate), ("serviceofferingid", vmOffering));
            if (vm is not null)
            {
                records["VirtualMachine"] = vm;
                foreach (var (kind, id) in await SeedNicAsync(admin, failures, vm))
                {
                    records[kind] = id;
                }
                await DiscoverAsync(admin, records);
                await SeedSnapshotsAsync(admin, failures, vm, records);
                if (records.TryGetValue("IpAddress", out var ip) && await SeedFirewallRuleAsync(admin, failures, ip) is { } rule)
                {
                    records["FirewallRule"] = rule;
                    foreach (var (kind, id) in await SeedLoadBalancerPoliciesAsync(admin, failures, ip))
                    {
                        records[kind] = id;
                    }
                    if (await SeedRemoteAccessVpnAsync(admin, failures, vm) is { } vpn)
                    {
                        records["RemoteAccessVpn"] = vpn;
                    }
                }
                await SeedSecurityGroupAsync(admin, failures, records);
                foreach (var (kind, id) in await SeedVpcAsync(admin, failures, vmZone))
                {
                    records[kind] = id;
                }
            }
        }
        return failures;
    }

    /// <summary>
    /// A VPC (of an account, or the caller's) with the kinds VPC commands name: an ACL list with a
    /// rule, a private gateway with a static route, and a site-to-site VPN (customer gateway, VPN
    /// gateway, connection). Answers their ids by kind; what could not be made is in failures.
    /// </summary>
    public static async Task<Dictionary<string, string>> SeedVpcAsync(CloudClient admin, List<string> failures, string zoneId, params (string, string)[] owner)
    {
        var made = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (!MatrixCommands.All.Any(c => c.Name == "createVPC"))
        {
            return made;
        }
        async Task<JsonElement?> JobAsync(string command, string result, params (string, string)[] args)
        {
            var reply = await admin.CallAndWaitAsync(command, args);
            if (reply.IsError || reply["jobstatus"].GetInt32() != 1)
            {
                failures.Add($"{command}: {reply.Body}");
                return null;
            }
            return reply["jobresult"].GetProperty(result);
        }
        var offering = (await admin.CallAsync("listVPCOfferings", ("name", "Default VPC offering"))).EnsureOk().Items("vpcoffering")[0].Id();
        if (await JobAsync("createVPC", "vpc", [("name", Tenants.Unique("mxvpc")), ("zoneid", zoneId), ("cidr", "10.77.0.0/16"), ("vpcofferingid", offering), .. owner]) is not { } vpc)
        {
            return made;
        }
        made["Vpc"] = vpc.Id();
        if (await JobAsync("createNetworkACLList", "networkacllist", ("name", Tenants.Unique("mxacl")), ("vpcid", vpc.Id())) is { } list)
        {
            made["NetworkACL"] = list.Id();
            if (await JobAsync("createNetworkACL", "networkacl", ("aclid", list.Id()), ("protocol", "tcp"), ("startport", "22"), ("number", "1")) is { } item)
            {
                made["NetworkACLItem"] = item.Id();
            }
        }
        if (await JobAsync("createPrivateGateway", "privategateway", ("vpcid", vpc.Id()), ("vlan", "3999"), ("ipaddress", "10.250.0.2"),
                ("gateway", "10.250.0.1"), ("netmask", "255.255.255.0")) is { } gateway)
        {
            made["VpcGateway"] = gateway.Id();
            if (await JobAsync("createStaticRoute", "staticroute", ("gatewayid", gateway.Id()), ("cidr", "172.31.0.0/16")) is { } route)
            {
                made["StaticRoute"] = route.Id();
            }
        }
        var customer = await JobAsync("createVpnCustomerGateway", "vpncustomergateway", [("name", Tenants.Unique("mxcgw")), ("gateway", "198.51.100.77"),
            ("cidrlist", "192.168.77.0/24"), ("ipsecpsk", "matrix-secret"), ("ikepolicy", "aes128-sha1;modp1536"), ("esppolicy", "aes128-sha1"), .. owner]);
        var vpnGateway = await JobAsync("createVpnGateway", "vpngateway", ("vpcid", vpc.Id()));
        if (customer is { } c && vpnGateway is { } g)
        {
            made["Site2SiteCustomerGateway"] = c.Id();
            made["Site2SiteVpnGateway"] = g.Id();
            if (await JobAsync("createVpnConnection", "vpnconnection", ("s2svpngatewayid", g.Id()), ("s2scustomergatewayid", c.Id())) is { } connection)
            {
                made["Site2SiteVpnConnection"] = connection.Id();
            }
        }
        return made;
    }

    /// <summary>A security group with one ingress rule (the kinds the security group commands name), of an account or the caller.</summary>
    public static async Task SeedSecurityGroupAsync(CloudClient admin, List<string> failures, IDictionary<string, string> into, params (string, string)[] owner)
    {
        if (!MatrixCommands.All.Any(c => c.Name == "createSecurityGroup"))
        {
            return;
        }
        var group = await admin.CallAsync("createSecurityGroup", [("name", Tenants.Unique("mxsg")), .. owner]);
        if (group.IsError)
        {
            failures.Add($"createSecurityGroup: {group.Body}");
            return;
        }
        into["SecurityGroup"] = group["securitygroup"].Id();
        var rule = await admin.CallAndWaitAsync("authorizeSecurityGroupIngress", ("securitygroupid", into["SecurityGroup"]), ("protocol", "tcp"),
            ("startport", "22"), ("endport", "22"), ("cidrlist", "192.0.2.0/24"));
        if (rule.IsError || rule["jobstatus"].GetInt32() != 1)
        {
            failures.Add($"authorizeSecurityGroupIngress: {rule.Body}");
            return;
        }
        into["SecurityRule"] = rule["jobresult"].GetProperty("securitygroup").GetProperty("ingressrule")[0].GetProperty("ruleid").GetString()!;
    }

    /// <summary>An ingress firewall rule on a public address (the kind every rule command names).</summary>
    public static async Task<string?> SeedFirewallRuleAsync(CloudClient admin, List<string> failures, string ipAddressId)
    {
        if (!MatrixCommands.All.Any(c => c.Name == "createFirewallRule"))
        {
            return null;
        }
        var reply = await admin.CallAndWaitAsync("createFirewallRule", ("ipaddressid", ipAddressId), ("protocol", "tcp"), ("startport", "22"));
        if (reply.IsError || reply["jobstatus"].GetInt32() != 1)
        {
            failures.Add($"createFirewallRule: {reply.Body}");
            return null;
        }
        return reply["jobresult"].GetProperty("firewallrule").Id();
    }

    /// <summary>A remote access VPN on the source NAT address of the instance's network.</summary>
    /// <summary>The instance's first nic and a secondary address on it, by kind.</summary>
    public static async Task<Dictionary<string, string>> SeedNicAsync(CloudClient admin, List<string> failures, string vmId)
    {
        var made = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (!MatrixCommands.All.Any(c => c.Name == "listNics"))
        {
            return made;
        }
        made["Nic"] = (await admin.CallAsync("listNics", ("virtualmachineid", vmId))).EnsureOk().Items("nic")[0].Id();
        if (MatrixCommands.All.Any(c => c.Name == "addIpToNic"))
        {
            var reply = await admin.CallAndWaitAsync("addIpToNic", ("nicid", made["Nic"]));
            if (reply.IsError || reply["jobstatus"].GetInt32() != 1)
            {
                failures.Add($"addIpToNic: {reply.Body}");
            }
            else
            {
                made["NicSecondaryIp"] = reply["jobresult"].GetProperty("nicsecondaryip").Id();
            }
        }
        return made;
    }

    public static async Task<string?> SeedRemoteAccessVpnAsync(CloudClient admin, List<string> failures, string vmId)
    {
        if (!MatrixCommands.All.Any(c => c.Name == "createRemoteAccessVpn"))
        {
            return null;
        }
        var network = (await admin.CallAsync("listNics", ("virtualmachineid", vmId))).EnsureOk().Items("nic")[0].GetProperty("networkid").GetString()!;
        var sourceNat = (await admin.CallAsync("listPublicIpAddresses", ("associatednetworkid", network), ("issourcenat", "true"), ("listall", "true"))).EnsureOk().Items("publicipaddress");
        if (sourceNat.Count == 0)
        {
            failures.Add("createRemoteAccessVpn: the network has no source NAT address");
            return null;
        }
        var reply = await admin.CallAndWaitAsync("createRemoteAccessVpn", ("publicipid", sourceNat[0].Id()));
        if (reply.IsError || reply["jobstatus"].GetInt32() != 1)
        {
            failures.Add($"createRemoteAccessVpn: {reply.Body}");
            return null;
        }
        return reply["jobresult"].GetProperty("remoteaccessvpn").Id();
    }

    /// <summary>A load balancing rule on a public address with a stickiness and a health check policy; answers the policies' ids by kind.</summary>
    public static async Task<Dictionary<string, string>> SeedLoadBalancerPoliciesAsync(CloudClient admin, List<string> failures, string ipAddressId)
    {
        var made = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (!MatrixCommands.All.Any(c => c.Name == "createLoadBalancerRule"))
        {
            return made;
        }
        var rule = await admin.CallAndWaitAsync("createLoadBalancerRule", ("publicipid", ipAddressId), ("name", Tenants.Unique("mxlb")), ("publicport", "80"),
            ("privateport", "8080"), ("algorithm", "roundrobin"));
        if (rule.IsError || rule["jobstatus"].GetInt32() != 1)
        {
            failures.Add($"createLoadBalancerRule: {rule.Body}");
            return made;
        }
        var ruleId = rule["jobresult"].GetProperty("loadbalancer").Id();
        var sticky = await admin.CallAndWaitAsync("createLBStickinessPolicy", ("lbruleid", ruleId), ("name", "mxsticky"), ("methodname", "LbCookie"));
        if (!sticky.IsError && sticky["jobstatus"].GetInt32() == 1)
        {
            made["StickinessPolicy"] = sticky["jobresult"].GetProperty("stickinesspolicies").GetProperty("stickinesspolicy")[0].Id();
        }
        else
        {
            failures.Add($"createLBStickinessPolicy: {sticky.Body}");
        }
        var health = await admin.CallAndWaitAsync("createLBHealthCheckPolicy", ("lbruleid", ruleId), ("pingpath", "/health"));
        if (!health.IsError && health["jobstatus"].GetInt32() == 1)
        {
            made["HealthCheckPolicy"] = health["jobresult"].GetProperty("healthcheckpolicy").GetProperty("healthcheckpolicy")[0].Id();
        }
        else
        {
            failures.Add($"createLBHealthCheckPolicy: {health.Body}");
        }
        return made;
    }

    /// <summary>A volume snapshot, an instance snapshot and a snapshot policy of the instance's root volume; answers their ids by kind.</summary>
    public static async Task<Dictionary<string, string>> SeedSnapshotsAsync(CloudClient admin, List<string> failures, string vm, IDictionary<string, string>? into = null)
    {
        var made = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var root = (await admin.CallAsync("listVolumes", ("virtualmachineid", vm), ("listall", "true"))).EnsureOk().Items("volume")[0].Id();
        async Task Make(string command, string kind, string objectName, params (string, string)[] args)
        {
            if (!MatrixCommands.All.Any(c => c.Name == command))
            {
                return;
            }
            var reply = await admin.CallAsync(command, args);
            if (!reply.IsError && reply.Content.TryGetProperty("jobid", out var job))
            {
                reply = await admin.WaitForJobAsync(job.GetString()!);
                if (reply["jobstatus"].GetInt32() == 1)
                {
                    made[kind] = reply["jobresult"].GetProperty(objectName).Id();
                    return;
                }
            }
            else if (!reply.IsError)
            {
                made[kind] = reply[objectName].Id();
                return;
            }
            failures.Add($"{command}: {reply.Body}");
        }
        await Make("createSnapshot", "Snapshot", "snapshot", ("volumeid", root));
        await Make("createVMSnapshot", "VMSnapshot", "vmsnapshot", ("virtualmachineid", vm));
        await Make("createSnapshotPolicy", "SnapshotPolicy", "snapshotpolicy", ("volumeid", root), ("intervaltype", "DAILY"), ("schedule", "00:03"), ("timezone", "UTC"), ("maxsnaps", "2"));
        var owner = (await admin.CallAsync("listVirtualMachines", ("id", vm))).EnsureOk().Items("virtualmachine")[0];
        await Make("createInstanceGroup", "InstanceGroup", "instancegroup", ("name", Tenants.Unique("mxgroup")),
            ("account", owner.GetProperty("account").GetString()!), ("domainid", owner.GetProperty("domainid").GetString()!));
        if (into is not null)
        {
            foreach (var (kind, id) in made)
            {
                into[kind] = id;
            }
        }
        return made;
    }

    /// <summary>Deploys an instance (a 1 GB root disk, as the matrix templates are simulated and empty) and waits for it to run.</summary>
    public static async Task<string?> DeployAsync(CloudClient admin, List<string> failures, params (string, string)[] args)
    {
        var reply = await admin.CallAsync("deployVirtualMachine", [.. args, ("rootdisksize", "1")]);
        if (!reply.IsError)
        {
            reply = await admin.WaitForJobAsync(reply.Str("jobid"));
            if (reply["jobstatus"].GetInt32() == 1)
            {
                return reply["jobresult"].GetProperty("virtualmachine").Id();
            }
        }
        failures.Add($"deployVirtualMachine: {reply.Body}");
        return null;
    }

    public static async Task WaitForTemplateAsync(CloudClient admin, string id, bool iso = false)
    {
        for (var i = 0; i < 100; i++)
        {
            var listed = iso
                ? await admin.CallAsync("listIsos", ("isofilter", "all"), ("id", id), ("listall", "true"))
                : await admin.CallAsync("listTemplates", ("templatefilter", "all"), ("id", id), ("listall", "true"));
            var rows = listed.IsError ? [] : listed.Items(iso ? "iso" : "template");
            if (rows.Count > 0 && rows.All(t => t.GetProperty("isready").GetBoolean()))
            {
                return;
            }
            await Task.Delay(100);
        }
        throw new InvalidOperationException($"template {id} did not become ready");
    }

    /// <summary>
    /// For each implemented list command whose records are of an entity kind not yet in
    /// <paramref name="into"/> (its own id parameter, or the id parameter of commands answering the
    /// same response class), the first record the client sees, so kinds added later get a value.
    /// </summary>
    public static async Task DiscoverAsync(CloudClient client, IDictionary<string, string> into)
    {
        var kindsByClass = MatrixCommands.All
            .Where(c => c.ResponseClass is not null)
            .SelectMany(c => c.Params.Where(IsIdParam).Select(p => (Class: c.ResponseClass!, Kind: p.Entity!)))
            .Distinct()
            .GroupBy(x => x.Class)
            .Where(g => g.Count() == 1)
            .ToDictionary(g => g.Key, g => g.Single().Kind);
        var lists = MatrixCommands.All.Where(c => c.Name.StartsWith("list", StringComparison.OrdinalIgnoreCase) && c.ResponseObject is not null).ToList();
        // A list may need a record found by another list (traffic types need a physical network).
        for (var found = true; found;)
        {
            found = false;
            foreach (var list in lists)
            {
                var kind = list.Params.FirstOrDefault(IsIdParam)?.Entity
                           ?? (list.ResponseClass is not null ? kindsByClass.GetValueOrDefault(list.ResponseClass) : null);
                if (kind is null || into.ContainsKey(kind))
                {
                    continue;
                }
                var args = new List<(string, string)> { ("listall", "true") };
                var required = list.Params.Where(p => p.Required).ToList();
                if (!required.TrueForAll(p => MatrixCommands.IsUuid(p) && p.Entity is not null && into.ContainsKey(p.Entity)))
                {
                    continue;
                }
                args.AddRange(required.Select(p => (p.Name, into[p.Entity!])));
                var reply = await client.CallAsync(list.Name, args.ToArray());
                if (reply.IsError || !reply.Content.TryGetProperty(list.ResponseObject!, out var items) || items.ValueKind != JsonValueKind.Array)
                {
                    continue;
                }
                var first = items.EnumerateArray().FirstOrDefault();
                if (first.ValueKind == JsonValueKind.Object && first.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String)
                {
                    into[kind] = id.GetString()!;
                    found = true;
                }
            }
        }
    }

    private static bool IsIdParam(ParamInfo p) => p.Key == "id" && p.Type == ParamType.Uuid && p.Entity is not null;
}
