using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SharpStack.Core.Identity;
using SharpStack.Data;
using SharpStack.EndToEnd.Tests.TestKit;

namespace SharpStack.EndToEnd.Tests.Flows;

/// <summary>
/// Projects: members share the resources the project's account owns, non-members see nothing of
/// them, invitations (by account, user and email token) when project.invite.required, suspension,
/// deletion with cleanup, project limits and project roles.
/// </summary>
public abstract class ProjectFlows(ServerFixture fixture)
{
    private CloudClient Admin => fixture.Admin;

    private static JsonElement Job(ApiReply reply, string name) => InstanceFlows.JobObject(reply.EnsureOk(), name);

    private static int JobError(ApiReply job)
    {
        Assert.True(job["jobstatus"].GetInt32() == 2, job.Body);
        return job["jobresult"].GetProperty("errorcode").GetInt32();
    }

    private static IEnumerable<string> Ids(ApiReply reply, string name) => reply.EnsureOk().Items(name).Select(i => i.Id());

    private async Task SetAsync(string name, string value) =>
        (await Admin.CallAsync("updateConfiguration", ("name", name), ("value", value))).EnsureOk();

    private async Task<(string Name, CloudClient Client)> TenantAsync(string prefix)
    {
        var name = Tenants.Unique(prefix);
        var (_, client) = await Tenants.CreateAccountAsync(fixture.Server, Admin, name);
        return (name, client);
    }

    private static async Task<JsonElement> CreateProjectAsync(CloudClient owner, string? name = null) =>
        Job(await owner.CallAndWaitAsync("createProject", ("name", name ?? Tenants.Unique("prj")), ("displaytext", "team project")), "project");

    private async Task<string> IsolatedOfferingAsync() =>
        (await Admin.CallAsync("listNetworkOfferings", ("name", "DefaultIsolatedNetworkOfferingWithSourceNatService"))).EnsureOk().Items("networkoffering")[0].Id();

    [Fact]
    public async Task Two_members_share_a_projects_instances_and_network_and_others_see_nothing()
    {
        await SetAsync("project.invite.required", "false");
        var cz = await ComputeZone.CreateAsync(Admin, hosts: 1);
        var offering = await ComputeZone.OfferingAsync(Admin, 1, 500, 256);
        var (alice, aliceClient) = await TenantAsync("alice");
        var (bob, bobClient) = await TenantAsync("bob");
        var (_, eve) = await TenantAsync("eve");

        var project = await CreateProjectAsync(aliceClient);
        var projectId = project.Id();
        Assert.Equal("Active", project.GetProperty("state").GetString());
        Assert.Equal(alice, Assert.Single(project.GetProperty("owner").EnumerateArray()).GetProperty("account").GetString());
        Assert.Equal(projectId, Assert.Single(Ids(await aliceClient.CallAsync("listProjects"), "project")));
        (await aliceClient.CallAndWaitAsync("addAccountToProject", ("projectid", projectId), ("account", bob))).EnsureOk();
        var members = (await bobClient.CallAsync("listProjectAccounts", ("projectid", projectId))).EnsureOk().Items("projectaccount");
        Assert.Equal("Admin", members.Single(m => m.GetProperty("account").GetString() == alice).GetProperty("role").GetString());
        Assert.Equal("Regular", members.Single(m => m.GetProperty("account").GetString() == bob).GetProperty("role").GetString());

        // Bob creates the network, Alice deploys into it: both are the project's.
        var network = (await bobClient.CallAsync("createNetwork", ("name", "team"), ("displaytext", "team net"), ("networkofferingid", await IsolatedOfferingAsync()),
            ("zoneid", cz.ZoneId), ("projectid", projectId))).EnsureOk()["network"];
        Assert.Equal(projectId, network.GetProperty("projectid").GetString());
        Assert.Equal(project.GetProperty("name").GetString(), network.GetProperty("project").GetString());
        Assert.False(network.TryGetProperty("account", out _));
        var vm = Job(await aliceClient.CallAndWaitAsync("deployVirtualMachine", cz.Deploy(offering, ("networkids", network.Id()), ("projectid", projectId), ("name", "team-1"))), "virtualmachine");
        Assert.Equal("Running", vm.GetProperty("state").GetString());
        Assert.Equal(projectId, vm.GetProperty("projectid").GetString());

        foreach (var member in new[] { aliceClient, bobClient })
        {
            Assert.Equal([vm.Id()], Ids(await member.CallAsync("listVirtualMachines", ("projectid", projectId)), "virtualmachine"));
            Assert.Equal([vm.Id()], Ids(await member.CallAsync("listVirtualMachines", ("projectid", "-1")), "virtualmachine"));
            Assert.Empty(Ids(await member.CallAsync("listVirtualMachines"), "virtualmachine"));
            Assert.Equal([network.Id()], Ids(await member.CallAsync("listNetworks", ("projectid", projectId)), "network"));
            Assert.Empty(Ids(await member.CallAsync("listNetworks"), "network"));
            Assert.NotEmpty(Ids(await member.CallAsync("listVolumes", ("projectid", projectId)), "volume"));
            Assert.Single((await member.CallAsync("listPublicIpAddresses", ("projectid", projectId))).EnsureOk().Items("publicipaddress"));
            Assert.Empty((await member.CallAsync("listPublicIpAddresses")).EnsureOk().Items("publicipaddress"));
            Assert.Equal(vm.Id(), (await member.CallAsync("listVirtualMachines", ("id", vm.Id()))).EnsureOk().Items("virtualmachine")[0].Id());
        }
        Assert.NotEmpty((await bobClient.CallAsync("listEvents", ("projectid", projectId))).EnsureOk().Items("event"));
        var limits = (await bobClient.CallAsync("listResourceLimits", ("projectid", projectId), ("resourcetype", "0"))).EnsureOk().Items("resourcelimit");
        Assert.Equal(projectId, Assert.Single(limits).GetProperty("projectid").GetString());
        var listed = (await bobClient.CallAsync("listProjects", ("id", projectId))).EnsureOk().Items("project")[0];
        Assert.Equal(1, listed.GetProperty("vmtotal").GetInt64());
        Assert.Equal(1, listed.GetProperty("vmrunning").GetInt32());
        // A member acts on the project's instance by its id.
        Assert.Equal("Stopped", Job(await bobClient.CallAndWaitAsync("stopVirtualMachine", ("id", vm.Id())), "virtualmachine").GetProperty("state").GetString());

        // Eve is no member: every uuid of the project answers as an unknown one.
        Assert.Equal(431, (await eve.CallAsync("listVirtualMachines", ("id", vm.Id()))).ErrorCode);
        Assert.Equal(431, (await eve.CallAsync("listVirtualMachines", ("projectid", projectId))).ErrorCode);
        Assert.Equal(431, (await eve.CallAsync("listNetworks", ("id", network.Id()))).ErrorCode);
        Assert.Equal(431, (await eve.CallAsync("listProjects", ("id", projectId))).ErrorCode);
        Assert.Equal(431, (await eve.CallAsync("startVirtualMachine", ("id", vm.Id()))).ErrorCode);
        Assert.Equal(431, (await eve.CallAsync("deployVirtualMachine", cz.Deploy(offering, ("projectid", projectId)))).ErrorCode);
        Assert.Equal(431, (await eve.CallAsync("listProjectAccounts", ("projectid", projectId))).ErrorCode);
        Assert.Empty((await eve.CallAsync("listProjects")).EnsureOk().Items("project"));
        Assert.Empty((await eve.CallAsync("listVirtualMachines", ("projectid", "-1"))).EnsureOk().Items("virtualmachine"));
        // Bob is a regular member: managing the project is for its admins.
        Assert.Equal(531, await SubmitErrorAsync(bobClient, "suspendProject", ("id", projectId)));

        // Admins see project resources only when they ask for projects; project accounts stay out of listAccounts.
        Assert.DoesNotContain(vm.Id(), Ids(await Admin.CallAsync("listVirtualMachines", ("listall", "true")), "virtualmachine"));
        Assert.Contains(vm.Id(), Ids(await Admin.CallAsync("listVirtualMachines", ("listall", "true"), ("projectid", "-1")), "virtualmachine"));
        var accountNames = (await Admin.CallAsync("listAccounts", ("listall", "true"))).EnsureOk().Items("account").Select(a => a.GetProperty("name").GetString()).ToList();
        Assert.DoesNotContain(listed.GetProperty("projectaccountname").GetString(), accountNames);
        Assert.Contains(listed.GetProperty("projectaccountname").GetString(),
            (await Admin.CallAsync("listAccounts", ("listall", "true"), ("accounttype", "5"))).EnsureOk().Items("account").Select(a => a.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Suspending_stops_instances_and_refuses_deployments_until_activated_and_deleting_cleans_up()
    {
        await SetAsync("project.invite.required", "false");
        var cz = await ComputeZone.CreateAsync(Admin, hosts: 1);
        var offering = await ComputeZone.OfferingAsync(Admin, 1, 500, 256);
        var (_, owner) = await TenantAsync("own");
        var project = await CreateProjectAsync(owner);
        var projectId = project.Id();
        var network = (await owner.CallAsync("createNetwork", ("name", "p"), ("displaytext", "p"), ("networkofferingid", await IsolatedOfferingAsync()),
            ("zoneid", cz.ZoneId), ("projectid", projectId))).EnsureOk()["network"];
        var first = Job(await owner.CallAndWaitAsync("deployVirtualMachine", cz.Deploy(offering, ("networkids", network.Id()), ("projectid", projectId))), "virtualmachine");
        var second = Job(await owner.CallAndWaitAsync("deployVirtualMachine", cz.Deploy(offering, ("networkids", network.Id()), ("projectid", projectId))), "virtualmachine");

        var suspended = Job(await owner.CallAndWaitAsync("suspendProject", ("id", projectId)), "project");
        Assert.Equal("Suspended", suspended.GetProperty("state").GetString());
        var states = (await owner.CallAsync("listVirtualMachines", ("projectid", projectId))).EnsureOk().Items("virtualmachine").Select(v => v.GetProperty("state").GetString());
        Assert.All(states, s => Assert.Equal("Stopped", s));
        Assert.Equal(531, (await owner.CallAsync("deployVirtualMachine", cz.Deploy(offering, ("networkids", network.Id()), ("projectid", projectId)))).ErrorCode);
        Assert.Equal(431, await SubmitErrorAsync(owner, "suspendProject", ("id", projectId)));
        Assert.Contains((await owner.CallAsync("listEvents", ("projectid", projectId), ("type", "PROJECT.SUSPEND"))).EnsureOk().Items("event"),
            e => e.GetProperty("description").GetString()!.Contains(project.GetProperty("name").GetString()!, StringComparison.Ordinal));

        Assert.Equal("Active", Job(await owner.CallAndWaitAsync("activateProject", ("id", projectId)), "project").GetProperty("state").GetString());
        Assert.Equal(431, await SubmitErrorAsync(owner, "activateProject", ("id", projectId)));
        Assert.Equal("Running", Job(await owner.CallAndWaitAsync("startVirtualMachine", ("id", first.Id())), "virtualmachine").GetProperty("state").GetString());

        // Without cleanup a project holding resources stays; with it everything goes, like a deleted account's.
        Assert.Equal(536, await SubmitErrorAsync(owner, "deleteProject", ("id", projectId)));
        (await owner.CallAndWaitAsync("deleteProject", ("id", projectId), ("cleanup", "true"))).EnsureOk();
        Assert.Equal(431, (await owner.CallAsync("listProjects", ("id", projectId))).ErrorCode);
        Assert.Empty((await owner.CallAsync("listProjects")).EnsureOk().Items("project"));
        Assert.Equal(431, (await Admin.CallAsync("listVirtualMachines", ("id", first.Id()))).ErrorCode);
        Assert.Equal(431, (await Admin.CallAsync("listVirtualMachines", ("id", second.Id()))).ErrorCode);
        Assert.Equal(431, (await Admin.CallAsync("listNetworks", ("id", network.Id()))).ErrorCode);
        await using var scope = fixture.Server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CloudDbContext>();
        var projectUuid = Guid.Parse(projectId);
        var accountId = await db.Projects.Where(p => p.Uuid == projectUuid).Select(p => p.ProjectAccountId).SingleAsync();
        Assert.NotNull((await db.Accounts.SingleAsync(a => a.Id == accountId)).Removed);
        Assert.All(await db.ResourceCounts.Where(c => c.OwnerType == ResourceOwnerType.Account && c.OwnerId == accountId && c.Type != ResourceType.public_ip).ToListAsync(),
            c => Assert.Equal(0, c.Count));
        Assert.Equal(0, await db.VirtualMachines.CountAsync(v => v.AccountId == accountId && v.Removed == null));
        Assert.Equal(0, await db.ProjectMembers.CountAsync(m => m.ProjectId == db.Projects.First(p => p.Uuid == projectUuid).Id));
    }

    [Fact]
    public async Task Invitations_are_accepted_declined_expire_and_work_with_tokens_when_required()
    {
        await SetAsync("project.invite.required", "true");
        await SetAsync("project.invite.timeout", "86400");
        try
        {
            var (_, owner) = await TenantAsync("own");
            var (bob, bobClient) = await TenantAsync("bob");
            var (carol, carolClient) = await TenantAsync("carol");
            var (_, daveClient) = await TenantAsync("dave");
            var (erin, erinClient) = await TenantAsync("erin");
            var project = await CreateProjectAsync(owner);
            var projectId = project.Id();

            // An account invitation: pending until the invitee accepts it.
            (await owner.CallAndWaitAsync("addAccountToProject", ("projectid", projectId), ("account", bob))).EnsureOk();
            var invitation = Assert.Single((await bobClient.CallAsync("listProjectInvitations")).EnsureOk().Items("projectinvitation"));
            Assert.Equal("Pending", invitation.GetProperty("state").GetString());
            Assert.Equal(projectId, invitation.GetProperty("projectid").GetString());
            Assert.Equal(bob, invitation.GetProperty("account").GetString());
            Assert.Single((await owner.CallAsync("listProjectInvitations", ("projectid", projectId))).EnsureOk().Items("projectinvitation"));
            Assert.Equal(431, (await bobClient.CallAsync("listVirtualMachines", ("projectid", projectId))).ErrorCode);
            Assert.Equal(431, await SubmitErrorAsync(owner, "addAccountToProject", ("projectid", projectId), ("account", bob)));
            (await bobClient.CallAndWaitAsync("updateProjectInvitation", ("projectid", projectId))).EnsureOk();
            Assert.Empty((await bobClient.CallAsync("listVirtualMachines", ("projectid", projectId))).EnsureOk().Items("virtualmachine"));
            Assert.Contains((await bobClient.CallAsync("listProjectAccounts", ("projectid", projectId))).EnsureOk().Items("projectaccount"), m => m.GetProperty("account").GetString() == bob);
            Assert.Equal("Completed", (await bobClient.CallAsync("listProjectInvitations", ("state", "Completed"))).EnsureOk().Items("projectinvitation")[0].GetProperty("state").GetString());

            // Declined: no membership.
            (await owner.CallAndWaitAsync("addAccountToProject", ("projectid", projectId), ("account", carol))).EnsureOk();
            (await carolClient.CallAndWaitAsync("updateProjectInvitation", ("projectid", projectId), ("accept", "false"))).EnsureOk();
            Assert.Equal("Declined", Assert.Single((await carolClient.CallAsync("listProjectInvitations")).EnsureOk().Items("projectinvitation")).GetProperty("state").GetString());
            Assert.Equal(431, (await carolClient.CallAsync("listProjectAccounts", ("projectid", projectId))).ErrorCode);
            Assert.Equal(431, await SubmitErrorAsync(carolClient, "updateProjectInvitation", ("projectid", projectId)));

            // An email invitation carries a token: whoever presents it joins, a wrong one finds nothing.
            (await owner.CallAndWaitAsync("addAccountToProject", ("projectid", projectId), ("email", "dave@example.test"))).EnsureOk();
            var token = await TokenAsync(projectId, "dave@example.test");
            Assert.Equal(431, await SubmitErrorAsync(daveClient, "updateProjectInvitation", ("projectid", projectId), ("token", "not-the-token")));
            (await daveClient.CallAndWaitAsync("updateProjectInvitation", ("projectid", projectId), ("token", token))).EnsureOk();
            Assert.Empty((await daveClient.CallAsync("listNetworks", ("projectid", projectId))).EnsureOk().Items("network"));

            // A user invitation: that user joins, not its whole account.
            (await owner.CallAndWaitAsync("addUserToProject", ("projectid", projectId), ("username", erin))).EnsureOk();
            var forErin = Assert.Single((await erinClient.CallAsync("listProjectInvitations")).EnsureOk().Items("projectinvitation"));
            Assert.True(forErin.TryGetProperty("userid", out _));
            (await erinClient.CallAndWaitAsync("updateProjectInvitation", ("projectid", projectId))).EnsureOk();
            var erinMember = (await owner.CallAsync("listProjectAccounts", ("projectid", projectId), ("account", erin))).EnsureOk().Items("projectaccount");
            Assert.Equal(erin, Assert.Single(erinMember).GetProperty("username").GetString());

            // An admin withdraws an invitation; one left too long expires.
            var (_, frankClient) = await TenantAsync("frank");
            var (gina, ginaClient) = await TenantAsync("gina");
            (await owner.CallAndWaitAsync("addAccountToProject", ("projectid", projectId), ("account", gina))).EnsureOk();
            var ginaInvitation = Assert.Single((await ginaClient.CallAsync("listProjectInvitations")).EnsureOk().Items("projectinvitation"));
            Assert.Equal(531, await SubmitErrorAsync(bobClient, "deleteProjectInvitation", ("id", ginaInvitation.Id())));
            (await owner.CallAndWaitAsync("deleteProjectInvitation", ("id", ginaInvitation.Id()))).EnsureOk();
            Assert.Empty((await ginaClient.CallAsync("listProjectInvitations")).EnsureOk().Items("projectinvitation"));
            Assert.Equal(431, (await frankClient.CallAsync("deleteProjectInvitation", ("id", ginaInvitation.Id()))).ErrorCode);

            await SetAsync("project.invite.timeout", "1");
            (await owner.CallAndWaitAsync("addAccountToProject", ("projectid", projectId), ("account", gina))).EnsureOk();
            await Task.Delay(2200);
            Assert.Equal("Expired", Assert.Single((await ginaClient.CallAsync("listProjectInvitations", ("state", "Expired"))).EnsureOk().Items("projectinvitation")).GetProperty("state").GetString());
            Assert.Equal(431, await SubmitErrorAsync(ginaClient, "updateProjectInvitation", ("projectid", projectId)));
            Assert.Equal(431, (await ginaClient.CallAsync("listProjectAccounts", ("projectid", projectId))).ErrorCode);
        }
        finally
        {
            await SetAsync("project.invite.required", "false");
            await SetAsync("project.invite.timeout", "86400");
        }
    }

    [Fact]
    public async Task Project_limits_come_from_max_project_settings_and_refuse_with_535()
    {
        await SetAsync("project.invite.required", "false");
        var cz = await ComputeZone.CreateAsync(Admin, hosts: 1);
        var offering = await ComputeZone.OfferingAsync(Admin, 1, 500, 256);
        var (_, owner) = await TenantAsync("lim");
        var project = await CreateProjectAsync(owner);
        var projectId = project.Id();
        await SetAsync("max.project.user.vms", "1");
        try
        {
            Assert.Equal("1", (await owner.CallAsync("listProjects", ("id", projectId))).EnsureOk().Items("project")[0].GetProperty("vmlimit").GetString());
            Job(await owner.CallAndWaitAsync("deployVirtualMachine", cz.Deploy(offering, ("projectid", projectId))), "virtualmachine");
            Assert.Equal(535, await SubmitErrorAsync(owner, "deployVirtualMachine", cz.Deploy(offering, ("projectid", projectId))));
            // The owner's own account is not held by the project's limit.
            Job(await owner.CallAndWaitAsync("deployVirtualMachine", cz.Deploy(offering)), "virtualmachine");
            // An explicit limit on the project wins over the setting.
            var limit = (await Admin.CallAsync("updateResourceLimit", ("projectid", projectId), ("resourcetype", "0"), ("max", "2"))).EnsureOk()["resourcelimit"];
            Assert.Equal(projectId, limit.GetProperty("projectid").GetString());
            Job(await owner.CallAndWaitAsync("deployVirtualMachine", cz.Deploy(offering, ("projectid", projectId))), "virtualmachine");
            Assert.Equal(535, await SubmitErrorAsync(owner, "deployVirtualMachine", cz.Deploy(offering, ("projectid", projectId))));
        }
        finally
        {
            await SetAsync("max.project.user.vms", "20");
        }
    }

    [Fact]
    public async Task A_project_role_restricts_a_regular_member_and_owners_can_be_swapped()
    {
        await SetAsync("project.invite.required", "false");
        var (alice, aliceClient) = await TenantAsync("alice");
        var (bob, bobClient) = await TenantAsync("bob");
        var project = await CreateProjectAsync(aliceClient);
        var projectId = project.Id();
        var role = (await aliceClient.CallAsync("createProjectRole", ("projectid", projectId), ("name", "viewer"), ("description", "reads only"))).EnsureOk()["projectrole"];
        Assert.Equal(431, (await aliceClient.CallAsync("createProjectRole", ("projectid", projectId), ("name", "viewer"))).ErrorCode);
        var listRule = (await aliceClient.CallAsync("createProjectRolePermission", ("projectid", projectId), ("projectroleid", role.Id()), ("rule", "list*"), ("permission", "allow"))).EnsureOk()["projectrolepermission"];
        var networkRule = (await aliceClient.CallAsync("createProjectRolePermission", ("projectid", projectId), ("projectroleid", role.Id()), ("rule", "createNetwork"), ("permission", "deny"))).EnsureOk()["projectrolepermission"];
        Assert.Equal(431, (await aliceClient.CallAsync("createProjectRolePermission", ("projectid", projectId), ("projectroleid", role.Id()), ("rule", "list-*"), ("permission", "allow"))).ErrorCode);
        Assert.Equal(431, (await aliceClient.CallAsync("createProjectRolePermission", ("projectid", projectId), ("projectroleid", role.Id()), ("rule", "list*"), ("permission", "maybe"))).ErrorCode);
        (await aliceClient.CallAndWaitAsync("addAccountToProject", ("projectid", projectId), ("account", bob), ("projectroleid", role.Id()))).EnsureOk();
        Assert.Equal(role.Id(), (await aliceClient.CallAsync("listProjectAccounts", ("projectid", projectId), ("account", bob))).EnsureOk().Items("projectaccount")[0].GetProperty("projectroleid").GetString());

        // Bob may list in the project; what his role does not allow is refused there, not outside it.
        (await bobClient.CallAsync("listVirtualMachines", ("projectid", projectId))).EnsureOk();
        Assert.Equal(531, (await bobClient.CallAsync("createSecurityGroup", ("projectid", projectId), ("name", "sg"))).ErrorCode);
        (await bobClient.CallAsync("createSecurityGroup", ("name", Tenants.Unique("sg")))).EnsureOk();
        Assert.Equal(531, (await bobClient.CallAsync("createProjectRole", ("projectid", projectId), ("name", "mine"))).ErrorCode);
        (await aliceClient.CallAsync("createSecurityGroup", ("projectid", projectId), ("name", "sg"))).EnsureOk();

        // Reordered and changed rules take effect; the role's rules list in order.
        (await aliceClient.CallAsync("updateProjectRolePermission", ("projectid", projectId), ("projectroleid", role.Id()), ("ruleorder", $"{networkRule.Id()},{listRule.Id()}"))).EnsureOk();
        var rules = (await bobClient.CallAsync("listProjectRolePermissions", ("projectid", projectId), ("projectroleid", role.Id()))).EnsureOk().Items("projectrolepermission");
        Assert.Equal(["createNetwork", "list*"], rules.Select(r => r.GetProperty("rule").GetString()).ToList());
        (await aliceClient.CallAsync("updateProjectRolePermission", ("projectid", projectId), ("projectroleid", role.Id()), ("projectrolepermissionid", listRule.Id()), ("permission", "deny"))).EnsureOk();
        Assert.Equal(531, (await bobClient.CallAsync("listVirtualMachines", ("projectid", projectId))).ErrorCode);
        (await aliceClient.CallAsync("deleteProjectRolePermission", ("projectid", projectId), ("id", listRule.Id()))).EnsureOk();
        Assert.Single((await aliceClient.CallAsync("listProjectRolePermissions", ("projectid", projectId))).EnsureOk().Items("projectrolepermission"));
        Assert.Equal("viewers", (await aliceClient.CallAsync("updateProjectRole", ("projectid", projectId), ("id", role.Id()), ("name", "viewers"))).EnsureOk()["projectrole"].GetProperty("name").GetString());
        Assert.Equal(536, (await aliceClient.CallAsync("deleteProjectRole", ("projectid", projectId), ("id", role.Id()))).ErrorCode);

        // Alice hands the project over: Bob becomes its admin, Alice a regular member.
        var swapped = Job(await aliceClient.CallAndWaitAsync("updateProject", ("id", projectId), ("account", bob)), "project");
        Assert.Equal(bob, Assert.Single(swapped.GetProperty("owner").EnumerateArray()).GetProperty("account").GetString());
        Assert.Equal(531, (await aliceClient.CallAsync("createProjectRole", ("projectid", projectId), ("name", "other"))).ErrorCode);
        (await bobClient.CallAsync("listVirtualMachines", ("projectid", projectId))).EnsureOk();
        Assert.Equal(431, await SubmitErrorAsync(bobClient, "deleteAccountFromProject", ("projectid", projectId), ("account", bob)));
        (await bobClient.CallAndWaitAsync("deleteAccountFromProject", ("projectid", projectId), ("account", alice))).EnsureOk();
        Assert.Equal(431, (await aliceClient.CallAsync("listProjectRoles", ("projectid", projectId))).ErrorCode);
        Assert.Single((await bobClient.CallAsync("listProjectRoles", ("projectid", projectId))).EnsureOk().Items("projectrole"));

        // Regular users may create projects only while allow.user.create.projects is true.
        await SetAsync("allow.user.create.projects", "false");
        try
        {
            Assert.Equal(531, await SubmitErrorAsync(aliceClient, "createProject", ("name", Tenants.Unique("no"))));
        }
        finally
        {
            await SetAsync("allow.user.create.projects", "true");
        }
    }

    [Fact]
    public async Task Templates_belong_to_projects_and_are_shared_with_them()
    {
        await SetAsync("project.invite.required", "false");
        var cz = await ComputeZone.CreateAsync(Admin, hosts: 1);
        var (_, owner) = await TenantAsync("tpl");
        var (bob, bobClient) = await TenantAsync("bob");
        var (_, eve) = await TenantAsync("eve");
        var project = await CreateProjectAsync(owner);
        var projectId = project.Id();
        (await owner.CallAndWaitAsync("addAccountToProject", ("projectid", projectId), ("account", bob))).EnsureOk();
        var template = (await bobClient.CallAsync("registerTemplate", ("name", Tenants.Unique("ptpl")), ("displaytext", "project template"), ("url", "http://203.0.113.10/p.qcow2"),
            ("zoneid", cz.ZoneId), ("format", "QCOW2"), ("hypervisor", "Simulator"), ("projectid", projectId))).EnsureOk().Items("template")[0];
        Assert.Equal(projectId, template.GetProperty("projectid").GetString());
        Assert.Contains(template.Id(), Ids(await owner.CallAsync("listTemplates", ("templatefilter", "self"), ("projectid", projectId)), "template"));
        Assert.DoesNotContain(template.Id(), Ids(await owner.CallAsync("listTemplates", ("templatefilter", "self")), "template"));
        Assert.Equal(431, (await eve.CallAsync("listTemplates", ("templatefilter", "self"), ("id", template.Id()))).ErrorCode);

        // A private template of the owner's shared with the project: the project appears among its permissions.
        var own = (await owner.CallAsync("registerTemplate", ("name", Tenants.Unique("otpl")), ("displaytext", "own template"), ("url", "http://203.0.113.10/o.qcow2"),
            ("zoneid", cz.ZoneId), ("format", "QCOW2"), ("hypervisor", "Simulator"))).EnsureOk().Items("template")[0];
        (await owner.CallAsync("updateTemplatePermissions", ("id", own.Id()), ("op", "add"), ("projectids", projectId))).EnsureOk();
        var permissions = (await owner.CallAsync("listTemplatePermissions", ("id", own.Id()))).EnsureOk()["templatepermission"];
        Assert.Equal([projectId], permissions.GetProperty("projectids").EnumerateArray().Select(p => p.GetString()).ToList());
        Assert.Equal(431, (await eve.CallAsync("updateTemplatePermissions", ("id", own.Id()), ("op", "add"), ("projectids", projectId))).ErrorCode);
    }

    private async Task<string> TokenAsync(string projectId, string email)
    {
        await using var scope = fixture.Server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CloudDbContext>();
        var uuid = Guid.Parse(projectId);
        return await db.ProjectInvitations.Where(i => i.Email == email && db.Projects.Any(p => p.Id == i.ProjectId && p.Uuid == uuid)).Select(i => i.Token!).SingleAsync();
    }

    /// <summary>An async command refused before its job is queued answers the error at once; one refused in its job fails the job.</summary>
    private static async Task<int> SubmitErrorAsync(CloudClient client, string command, params (string, string)[] args)
    {
        var reply = await client.CallAsync(command, args);
        return reply.IsError ? reply.ErrorCode : JobError(await client.WaitForJobAsync(reply.Str("jobid")));
    }
}

public sealed class SqliteProjectFlows(SqliteServerFixture fixture) : ProjectFlows(fixture), IClassFixture<SqliteServerFixture>;

[Collection("postgres")]
public sealed class PostgresProjectFlows(PostgresServerFixture fixture) : ProjectFlows(fixture), IClassFixture<PostgresServerFixture>;
