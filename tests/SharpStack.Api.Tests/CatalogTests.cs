using SharpStack.Api.Catalog;
using SharpStack.Api.Pipeline;

namespace SharpStack.Api.Tests;

public class CatalogTests
{
    [Fact]
    public void Catalog_loads_every_upstream_command()
    {
        var catalog = ApiCatalog.Instance;
        Assert.True(catalog.Commands.Count() > 900);
        var deploy = catalog.Find("DEPLOYVIRTUALMACHINE")!;
        Assert.True(deploy.IsAsync);
        Assert.Equal("virtualmachine", deploy.ResponseObject);
    }

    [Fact]
    public void Every_handler_names_a_catalog_command_and_async_handlers_match_the_catalog()
    {
        var handlers = CommandRegistry.DiscoverHandlers(typeof(ApiServices).Assembly);
        Assert.NotEmpty(handlers);
        var registry = new CommandRegistry(ApiCatalog.Instance, handlers);
        foreach (var registration in registry.All)
        {
            Assert.Equal(registration.Info.IsAsync, typeof(IAsyncApiCommand).IsAssignableFrom(registration.Handler));
        }
    }

    [Fact]
    public void Parameters_carry_their_types_lengths_and_entities()
    {
        var createAccount = ApiCatalog.Instance.Find("createAccount")!;
        var username = createAccount.Params.Single(p => p.Key == "username");
        Assert.Equal(ParamType.String, username.Type);
        Assert.True(username.Required);
        Assert.Equal(255, username.Length);
        var domain = createAccount.Params.Single(p => p.Key == "domainid");
        Assert.Equal(ParamType.Uuid, domain.Type);
        Assert.Equal("Domain", domain.Entity);
        Assert.Equal(ParamType.Map, createAccount.Params.Single(p => p.Key == "accountdetails").Type);
    }
}
