using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SharpStack.Core.Networks;
using SharpStack.Data;
using SharpStack.EndToEnd.Tests.TestKit;
using SharpStack.Orchestration.Jobs;

namespace SharpStack.EndToEnd.Tests.Flows;

/// <summary>A network a server was implementing when it stopped is implemented again after the restart, not stuck.</summary>
public abstract class NetworkRecoveryFlows(DatabaseKind kind)
{
    [Fact]
    public async Task A_network_left_implementing_by_a_stopped_server_is_implemented_on_the_next_start()
    {
        var server = await CloudServer.StartAsync(null, kind);
        var (dataDir, database) = (server.DataDir, server.ConnectionString);
        try
        {
            var admin = await server.AdminAsync();
            var cz = await ComputeZone.CreateAsync(admin, hosts: 1);
            var offering = await ComputeZone.OfferingAsync(admin, 1, 500, 256);
            var (account, user) = await Tenants.CreateAccountAsync(server, admin, Tenants.Unique("stuck"));
            var networkOffering = (await admin.CallAsync("listNetworkOfferings", ("name", "DefaultIsolatedNetworkOfferingWithSourceNatService"))).EnsureOk().Items("networkoffering")[0].Id();
            var network = (await user.CallAsync("createNetwork", ("name", "stuck"), ("displaytext", "stuck"), ("networkofferingid", networkOffering),
                ("zoneid", cz.ZoneId), ("gateway", "10.30.0.1"), ("netmask", "255.255.255.0"))).EnsureOk()["network"];

            // The server dies between claiming the network and finishing its implementation.
            await using (var scope = server.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<CloudDbContext>();
                var self = scope.ServiceProvider.GetRequiredService<ServerIdentity>().Id;
                var uuid = Guid.Parse(network.Id());
                Assert.Equal(1, await db.Networks.Where(n => n.Uuid == uuid)
                    .ExecuteUpdateAsync(s => s.SetProperty(n => n.State, NetworkState.Implementing).SetProperty(n => n.ImplementingServerId, self)));
            }
            await server.StopAsync();

            server = await CloudServer.StartAsync(null, kind, dataDir, database);
            user = server.NewClient().WithKeys(user.ApiKey!, user.SecretKey!);
            Assert.Equal("Allocated", Assert.Single((await user.CallAsync("listNetworks", ("id", network.Id()))).EnsureOk().Items("network")).GetProperty("state").GetString());
            var vm = InstanceFlows.JobObject(await user.CallAndWaitAsync("deployVirtualMachine", cz.Deploy(offering, ("networkids", network.Id()))), "virtualmachine");
            Assert.Equal("Running", vm.GetProperty("state").GetString());
            var implemented = Assert.Single((await user.CallAsync("listNetworks", ("id", network.Id()))).EnsureOk().Items("network"));
            Assert.Equal("Implemented", implemented.GetProperty("state").GetString());
        }
        finally
        {
            await server.DisposeAsync();
        }
    }
}

public sealed class SqliteNetworkRecoveryFlows() : NetworkRecoveryFlows(DatabaseKind.Sqlite);

[Collection("postgres")]
public sealed class PostgresNetworkRecoveryFlows() : NetworkRecoveryFlows(DatabaseKind.Postgres);
