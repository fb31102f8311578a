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
