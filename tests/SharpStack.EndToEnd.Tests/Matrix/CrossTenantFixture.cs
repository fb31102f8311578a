using System.Text.Json;
using SharpStack.EndToEnd.Tests.TestKit;

namespace SharpStack.EndToEnd.Tests.Matrix;

/// <summary>One caller of the cross-tenant matrix, with the ids of its own records by entity kind.</summary>
/// <param name="RoleType">The caller's role type as the catalog's "authorized" lists name it.</param>
public sealed record MatrixCaller(string Label, CloudClient Client, IReadOnlyDictionary<string, string> Own, string RoleType);

/// <summary>
/// One SQLite server with two sibling domains. D1 holds user account A (with a second user A2),
/// domain admin DA1 and a child domain; D2 holds user account B and domain admin DA2. A owns a
/// finished async job and events of its own; DA1 has events of its own in D1.
/// </summary>
public sealed class CrossTenantFixture : IAsyncLifetime
{
    public CloudServer Server { get; private set; } = null!;
    public CloudClient Admin { get; private set; } = null!;
    public CloudClient A { get; private set; } = null!;
    public CloudClient DA1 { get; private set; } = null!;
    public MatrixCaller B { get; private set; } = null!;
    public MatrixCaller DA2 { get; private set; } = null!;

    public string AAccountId { get; private set; } = "";
    public string AUserId { get; private set; } = "";
    public string AName { get; private set; } = "";
    public string AApiKey => A.ApiKey!;
    public string DA1ApiKey => DA1.ApiKey!;
    public string DA1Name { get; private set; } = "";
    public string D1Id { get; private set; } = "";
    public string D1Name { get; private set; } = "";
    public string AJobId { get; private set; } = "";
    public string AEventId { get; private set; } = "";
    public string? D1ZoneId { get; private set; }

    /// <summary>Optional setup (infrastructure records) that did not work.</summary>
    public List<string> SetupProblems { get; } = [];

    /// <summary>A's and D1's records, by the catalog's entity kind, for foreign uuid parameters.</summary>
    public Dictionary<string, string> Foreign { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every uuid of A, A2, DA1, D1 and its child, and of D1's jobs and events: none may reach B or DA2.</summary>
    public HashSet<string> ForbiddenIds { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The names of D1's accounts, users and domains (unique random names).</summary>
    public HashSet<string> ForbiddenNames { get; } = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<string> Forbidden => ForbiddenIds.Concat(ForbiddenNames).ToList();

    private readonly List<CloudClient> _clients = [];

    public async Task InitializeAsync()
    {
        Server = await CloudServer.StartAsync();
        Admin = await Server.AdminAsync();

        D1Name = Tenants.Unique("mxdone");
        var d1 = await Tenants.CreateDomainAsync(Admin, D1Name);
        D1Id = d1.Id();
        var d2 = await Tenants.CreateDomainAsync(Admin, Tenants.Unique("mxdtwo"));

        // A's role: the default User role plus disableUser, so that A can own an async job.
        var userRole = (await Admin.CallAsync("listRoles", ("name", "User"))).EnsureOk().Items("role")[0];
        var aRole = (await Admin.CallAsync("createRole", ("name", Tenants.Unique("mxrole")), ("roleid", userRole.Id()))).EnsureOk()["role"];
        var rule = (await Admin.CallAsync("createRolePermission", ("roleid", aRole.Id()), ("rule", "disableUser"), ("permission", "allow"))).EnsureOk()["rolepermission"];

        AName = Tenants.Unique("mxausr");
        var aAccount = (await Admin.CallAsync("createAccount",
            ("roleid", aRole.Id()), ("username", AName), ("account", AName), ("email", "a@example.test"),
            ("firstname", "First"), ("lastname", "Last"), ("password", Tenants.Password), ("domainid", D1Id))).EnsureOk()["account"];
        AAccountId = aAccount.Id();
        AUserId = aAccount.GetProperty("user")[0].Id();
        var aKeys = (await Admin.CallAsync("registerUserKeys", ("id", AUserId))).EnsureOk()["userkeys"];
        A = Track(Server.NewClient().WithKeys(aKeys.GetProperty("apikey").GetString()!, aKeys.GetProperty("secretkey").GetString()!));

        var a2Name = Tenants.Unique("mxatwo");
        var a2 = (await Admin.CallAsync("createUser",
            ("account", AName), ("domainid", D1Id), ("username", a2Name), ("email", "a2@example.test"),
            ("firstname", "First"), ("lastname", "Last"), ("password", Tenants.Password))).EnsureOk()["user"];

        DA1Name = Tenants.Unique("mxdaone");
        var (da1Account, da1) = await Tenants.CreateAccountAsync(Server, Admin, DA1Name, accountType: 2, domainId: D1Id);
        DA1 = Track(da1);
        var bName = Tenants.Unique("mxbusr");
        var (bAccount, b) = await Tenants.CreateAccountAsync(Server, Admin, bName, accountType: 0, domainId: d2.Id());
        var da2Name = Tenants.Unique("mxdatwo");
        var (da2Account, da2) = await Tenants.CreateAccountAsync(Server, Admin, da2Name, accountType: 2, domainId: d2.Id());
        Track(b);
        Track(da2);

        // A's own job and events; DA1's own events and a child domain of D1.
        var job = await A.CallAndWaitAsync("disableUser", ("id", a2.Id()));
        if (job["jobstatus"].GetInt32() != 1)
        {
            throw new InvalidOperationException($"A's disableUser job failed: {job.Body}");
        }
        (await A.CallAsync("updateUser", ("id", AUserId), ("firstname", "Changed"))).EnsureOk();
        (await DA1.CallAsync("updateUser", ("id", AUserId), ("lastname", "ChangedByDomainAdmin"))).EnsureOk();
        var childName = Tenants.Unique("mxdchild");
        var child = await Tenants.CreateDomainAsync(DA1, childName);

        var aJobs = (await A.CallAsync("listAsyncJobs")).EnsureOk().Items("asyncjobs");
        AJobId = aJobs.Single().GetProperty("jobid").GetString()!;
        var managementServerId = aJobs.Single().GetProperty("managementserverid").GetString()!;
        var aEvents = (await A.CallAsync("listEvents")).EnsureOk().Items("event");
        if (aEvents.Count == 0)
        {
            throw new InvalidOperationException("A has no events of its own");
        }
        AEventId = aEvents[0].Id();

        var rootAdminRole = (await Admin.CallAsync("listRoles", ("name", "Root Admin"))).EnsureOk().Items("role").Single();
        Foreign["Account"] = AAccountId;
        Foreign["User"] = AUserId;
        Foreign["Domain"] = D1Id;
        Foreign["Role"] = rootAdminRole.Id();
        Foreign["RolePermission"] = rule.Id();
        Foreign["JobInfo"] = AJobId;
        Foreign["Event"] = AEventId;
        Foreign["ManagementServerHost"] = managementServerId;

        // Physical layout (pods, clusters, physical networks, ...) only the root admin may name,
        // and a zone dedicated to D1, when those commands exist. Seeding is best effort here (the
        // bad-input matrix reports kinds it could not seed); a failure shows in the positive controls.
        var infrastructure = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        SetupProblems.AddRange(await MatrixRecords.SeedInfrastructureAsync(Admin, infrastructure));
        var infrastructureZone = infrastructure.GetValueOrDefault("DataCenter");
        // The instance (and with it the volume and network) seeded there is the admin's: A's own are made below.
        foreach (var owned in new[] { "DataCenter", "VirtualMachine", "Volume", "Network", "Snapshot", "VMSnapshot", "SnapshotPolicy",
                     "VpcOffering", "Vpc", "NetworkACL", "NetworkACLItem", "VpcGateway", "StaticRoute",
                     "Site2SiteCustomerGateway", "Site2SiteVpnGateway", "Site2SiteVpnConnection" })
        {
            infrastructure.Remove(owned);
        }
        // Reference data every caller may name (guest OS types and categories) belongs to no tenant.
        string[] shared = ["GuestOS", "GuestOsCategory"];
        foreach (var (kind, id) in infrastructure.Where(r => !Foreign.ContainsKey(r.Key) && !shared.Contains(r.Key, StringComparer.OrdinalIgnoreCase)))
        {
            Foreign[kind] = id;
        }
        if (MatrixCommands.All.Any(c => c.Name == "createZone"))
        {
            var created = await Admin.CallAsync("createZone", ("name", Tenants.Unique("mxdedicated")), ("dns1", "8.8.8.8"), ("internaldns1", "10.0.0.2"),
                ("networktype", "Advanced"), ("domainid", D1Id));
            var enabled = created.IsError ? created : await Admin.CallAsync("updateZone", ("id", created["zone"].Id()), ("allocationstate", "Enabled"));
            if (enabled.IsError)
            {
                SetupProblems.Add($"zone dedicated to D1: {enabled.Body}");
            }
            else
            {
                D1ZoneId = created["zone"].Id();
                Foreign["DataCenter"] = D1ZoneId;
                ForbiddenIds.Add(D1ZoneId);
            }
        }

        // Offerings limited to D1: the public default offerings are everyone's, so they cannot stand for A's.
        if (MatrixCommands.All.Any(c => c.Name == "createServiceOffering"))
        {
            var compute = (await Admin.CallAsync("createServiceOffering", ("name", Tenants.Unique("mxoffer")), ("cpunumber", "1"), ("cpuspeed", "500"),
                ("memory", "256"), ("domainid", D1Id))).EnsureOk()["serviceoffering"];
            var disk = (await Admin.CallAsync("createDiskOffering", ("name", Tenants.Unique("mxdisk")), ("disksize", "5"), ("domainid", D1Id))).EnsureOk()["diskoffering"];
            Foreign["ServiceOffering"] = compute.Id();
            Foreign["DiskOffering"] = disk.Id();
            ForbiddenIds.UnionWith([compute.Id(), disk.Id()]);
        }
        if (MatrixCommands.All.Any(c => c.Name == "createNetworkOffering"))
        {
            var network = (await Admin.CallAsync("createNetworkOffering", ("name", Tenants.Unique("mxnetoffer")), ("guestiptype", "Isolated"), ("traffictype", "Guest"),
                ("supportedservices", "Dhcp,Dns,SourceNat"), ("domainid", D1Id), ("enable", "true"))).EnsureOk()["networkoffering"];
            Foreign["NetworkOffering"] = network.Id();
            ForbiddenIds.Add(network.Id());
        }

        if (MatrixCommands.All.Any(c => c.Name == "createVPCOffering"))
        {
            var vpcOffering = await Admin.CallAndWaitAsync("createVPCOffering", ("name", Tenants.Unique("mxvpcoffer")), ("supportedservices", "Dhcp,Dns,SourceNat,NetworkACL"),
                ("domainid", D1Id), ("enable", "true"));
            Foreign["VpcOffering"] = vpcOffering.EnsureOk()["jobresult"].GetProperty("vpcoffering").Id();
            ForbiddenIds.Add(Foreign["VpcOffering"]);
        }

        // A private template owned by A, in a zone of its own with a (simulated) NFS image store.
        if (MatrixCommands.All.Any(c => c.Name == "registerTemplate"))
        {
            var zone = (await Admin.CallAsync("createZone", ("name", Tenants.Unique("mxtplzone")), ("dns1", "8.8.8.8"), ("internaldns1", "10.0.0.2"),
                ("networktype", "Advanced"))).EnsureOk()["zone"];
            (await Admin.CallAsync("addImageStore", ("zoneid", zone.Id()), ("provider", "NFS"), ("name", Tenants.Unique("mxtplstore")),
                ("url", "nfs://10.0.0.5/export/templates"))).EnsureOk();
            var template = (await Admin.CallAsync("registerTemplate", ("name", Tenants.Unique("mxtpl")), ("displaytext", "A's template"),
                ("url", "http://203.0.113.10/a.qcow2"), ("format", "QCOW2"), ("hypervisor", "Simulator"), ("zoneid", zone.Id()),
                ("account", AName), ("domainid", D1Id))).EnsureOk().Items("template")[0];
            Foreign["VirtualMachineTemplate"] = template.Id();
            await MatrixRecords.WaitForTemplateAsync(Admin, template.Id());
            ForbiddenIds.Add(template.Id());

            // And a private ISO of A's there (the same entity kind), which no list may show to B or DA2.
            if (MatrixCommands.All.Any(c => c.Name == "registerIso"))
            {
                var iso = (await Admin.CallAsync("registerIso", ("name", Tenants.Unique("mxiso")), ("displaytext", "A's ISO"), ("url", "http://203.0.113.10/a.iso"),
                    ("zoneid", zone.Id()), ("bootable", "false"), ("account", AName), ("domainid", D1Id))).EnsureOk().Items("iso")[0];
                await MatrixRecords.WaitForTemplateAsync(Admin, iso.Id(), iso: true);
                ForbiddenIds.Add(iso.Id());
            }
        }

        // An instance of A's (with its root volume and network), on the infrastructure zone's simulated host.
        if (infrastructureZone is not null && infrastructure.ContainsKey("VirtualMachineTemplate") && MatrixCommands.All.Any(c => c.Name == "deployVirtualMachine"))
        {
            var offering = (await Admin.CallAsync("listServiceOfferings", ("name", "Small Instance"))).EnsureOk().Items("serviceoffering")[0].Id();
            var template = infrastructure["VirtualMachineTemplate"];
            var vm = await MatrixRecords.DeployAsync(Admin, SetupProblems, ("zoneid", infrastructureZone), ("templateid", template), ("serviceofferingid", offering),
                ("account", AName), ("domainid", D1Id), ("name", "mxvm-" + AName));
            if (vm is not null)
            {
                Foreign["VirtualMachine"] = vm;
                Foreign["Volume"] = (await Admin.CallAsync("listVolumes", ("virtualmachineid", vm), ("listall", "true"))).EnsureOk().Items("volume")[0].Id();
                Foreign["Network"] = (await Admin.CallAsync("listNetworks", ("account", AName), ("domainid", D1Id))).EnsureOk().Items("network")[0].Id();
                ForbiddenIds.UnionWith([vm, Foreign["Volume"], Foreign["Network"]]);
                foreach (var (kind, id) in await MatrixRecords.SeedNicAsync(Admin, SetupProblems, vm))
                {
                    Foreign[kind] = id;
                    ForbiddenIds.Add(id);
                }
                if ((await Admin.CallAsync("listPublicIpAddresses", ("account", AName), ("domainid", D1Id))).EnsureOk().Items("publicipaddress") is [var ip, ..])
                {
                    Foreign["IpAddress"] = ip.Id();
                    ForbiddenIds.Add(ip.Id());
                    if (await MatrixRecords.SeedFirewallRuleAsync(Admin, SetupProblems, ip.Id()) is { } firewallRule)
                    {
                        Foreign["FirewallRule"] = firewallRule;
                        ForbiddenIds.Add(firewallRule);
                        foreach (var (kind, id) in await MatrixRecords.SeedLoadBalancerPoliciesAsync(Admin, SetupProblems, ip.Id()))
                        {
                            Foreign[kind] = id;
                            ForbiddenIds.Add(id);
                        }
                        if (await MatrixRecords.SeedRemoteAccessVpnAsync(Admin, SetupProblems, vm) is { } vpn)
                        {
                            Foreign["RemoteAccessVpn"] = vpn;
                            ForbiddenIds.Add(vpn);
                        }
                    }
                }
                var group = await Admin.CallAsync("createAffinityGroup", ("name", Tenants.Unique("mxag")), ("type", "host anti-affinity"), ("account", AName), ("domainid", D1Id));
                var groupJob = group.IsError ? group : await Admin.WaitForJobAsync(group.Str("jobid"));
                if (groupJob.IsError || groupJob["jobstatus"].GetInt32() != 1)
                {
                    SetupProblems.Add($"createAffinityGroup: {groupJob.Body}");
                }
                else
                {
                    Foreign["AffinityGroup"] = groupJob["jobresult"].GetProperty("affinitygroup").Id();
                    ForbiddenIds.Add(Foreign["AffinityGroup"]);
                }
                var securityRecords = new Dictionary<string, string>();
                await MatrixRecords.SeedSecurityGroupAsync(Admin, SetupProblems, securityRecords, ("account", AName), ("domainid", D1Id));
                foreach (var (kind, id) in securityRecords)
                {
                    Foreign[kind] = id;
                    ForbiddenIds.Add(id);
                }
                foreach (var (kind, id) in await MatrixRecords.SeedSnapshotsAsync(Admin, SetupProblems, vm))
                {
                    Foreign[kind] = id;
                    ForbiddenIds.Add(id);
                }
                foreach (var (kind, id) in await MatrixRecords.SeedVpcAsync(Admin, SetupProblems, infrastructureZone, ("account", AName), ("domainid", D1Id)))
                {
                    Foreign[kind] = id;
                    ForbiddenIds.Add(id);
                }
            }
        }

        if (MatrixCommands.All.Any(c => c.Name == "createProject"))
        {
            await SeedProjectAsync(DA1Name, infrastructureZone, infrastructure.GetValueOrDefault("VirtualMachineTemplate"));
        }

        ForbiddenIds.UnionWith([AAccountId, AUserId, a2.Id(), D1Id, child.Id(), da1Account.Id(), da1Account.GetProperty("user")[0].Id()]);
        var d1Jobs = (await Admin.CallAsync("listAsyncJobs", ("domainid", D1Id), ("isrecursive", "true"), ("pagesize", "-1"))).EnsureOk().Items("asyncjobs");
        ForbiddenIds.UnionWith(d1Jobs.Select(j => j.GetProperty("jobid").GetString()!));
        var d1Events = (await Admin.CallAsync("listEvents", ("domainid", D1Id), ("isrecursive", "true"), ("pagesize", "-1"))).EnsureOk().Items("event");
        ForbiddenIds.UnionWith(d1Events.Select(e => e.Id()));
        ForbiddenNames.UnionWith([AName, a2Name, DA1Name, D1Name, childName]);
        if (!ForbiddenIds.Contains(AJobId) || !ForbiddenIds.Contains(AEventId))
        {
            throw new InvalidOperationException("A's job and event should be among D1's");
        }

        B = new MatrixCaller("B (user of D2)", b, await OwnOfAsync(b, bAccount, d2.Id()), "User");
        DA2 = new MatrixCaller("DA2 (domain admin of D2)", da2, await OwnOfAsync(da2, da2Account, d2.Id()), "DomainAdmin");
    }

    /// <summary>
    /// A project of A's with a project role, a rule, an invitation (to DA1's account) and, when the
    /// infrastructure zone has a template, an instance the project owns: no list may show them to B or DA2.
    /// </summary>
    private async Task SeedProjectAsync(string invitee, string? zone, string? template)
    {
        var created = await A.CallAndWaitAsync("createProject", ("name", Tenants.Unique("mxproject")), ("displaytext", "A's project"));
        if (created.IsError || created["jobstatus"].GetInt32() != 1)
        {
            SetupProblems.Add($"createProject: {created.Body}");
            return;
        }
        var project = created["jobresult"].GetProperty("project").Id();
        var role = (await A.CallAsync("createProjectRole", ("projectid", project), ("name", "mxviewer"))).EnsureOk()["projectrole"].Id();
        var rule = (await A.CallAsync("createProjectRolePermission", ("projectid", project), ("projectroleid", role), ("rule", "list*"), ("permission", "allow")))
            .EnsureOk()["projectrolepermission"].Id();
        (await Admin.CallAsync("updateConfiguration", ("name", "project.invite.required"), ("value", "true"))).EnsureOk();
        var invited = await A.CallAndWaitAsync("addAccountToProject", ("projectid", project), ("account", invitee));
        (await Admin.CallAsync("updateConfiguration", ("name", "project.invite.required"), ("value", "false"))).EnsureOk();
        var invitation = invited.IsError ? default : (await A.CallAsync("listProjectInvitations", ("projectid", project))).EnsureOk().Items("projectinvitation").FirstOrDefault();
        if (invitation is not { ValueKind: JsonValueKind.Object })
        {
            SetupProblems.Add($"addAccountToProject (invitation): {invited.Body}");
            return;
        }
        Foreign["Project"] = project;
        Foreign["ProjectRole"] = role;
        Foreign["ProjectRolePermission"] = rule;
        Foreign["ProjectInvitation"] = invitation.Id();
        ForbiddenIds.UnionWith([project, role, rule, invitation.Id()]);
        if (zone is not null && template is not null)
        {
            var offering = (await Admin.CallAsync("listServiceOfferings", ("name", "Small Instance"))).EnsureOk().Items("serviceoffering")[0].Id();
            var vm = await MatrixRecords.DeployAsync(Admin, SetupProblems, ("zoneid", zone), ("templateid", template), ("serviceofferingid", offering),
                ("projectid", project), ("name", "mxprojectvm"));
            if (vm is not null)
            {
                ForbiddenIds.Add(vm);
                ForbiddenIds.UnionWith((await Admin.CallAsync("listVolumes", ("virtualmachineid", vm), ("projectid", project))).EnsureOk().Items("volume").Select(v => v.Id()));
                ForbiddenIds.UnionWith((await Admin.CallAsync("listNetworks", ("projectid", project))).EnsureOk().Items("network").Select(n => n.Id()));
            }
        }
    }

    /// <summary>The caller's own account, user, domain and role, and whatever else it can see of other kinds.</summary>
    private static async Task<Dictionary<string, string>> OwnOfAsync(CloudClient client, JsonElement account, string domainId)
    {
        var own = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["Account"] = account.Id(),
            ["User"] = account.GetProperty("user")[0].Id(),
            ["Domain"] = domainId,
            ["Role"] = account.GetProperty("roleid").GetString()!,
        };
        await MatrixRecords.DiscoverAsync(client, own);
        return own;
    }

    private CloudClient Track(CloudClient client)
    {
        _clients.Add(client);
        return client;
    }

    public async Task DisposeAsync()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }
        Admin?.Dispose();
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }
    }
}
