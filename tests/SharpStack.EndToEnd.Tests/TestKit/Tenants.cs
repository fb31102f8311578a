using System.Text.Json;

namespace SharpStack.EndToEnd.Tests.TestKit;

/// <summary>Creates domains, accounts and their signed clients for tenancy tests.</summary>
public static class Tenants
{
    public const string Password = "tenant-password-1";

    public static async Task<JsonElement> CreateDomainAsync(CloudClient admin, string name, string? parentId = null)
    {
        var args = new List<(string, string)> { ("name", name) };
        if (parentId is not null)
        {
            args.Add(("parentdomainid", parentId));
        }
        return (await admin.CallAsync("createDomain", args.ToArray())).EnsureOk()["domain"];
    }

    /// <summary>Creates an account (type 0 user, 2 domain admin) and returns it with a signed client of its user.</summary>
    public static async Task<(JsonElement Account, CloudClient Client)> CreateAccountAsync(CloudServer server, CloudClient admin, string name, int accountType = 0, string? domainId = null)
    {
        var args = new List<(string, string)>
        {
            ("accounttype", accountType.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("username", name), ("account", name), ("email", $"{name}@example.test"),
            ("firstname", "First"), ("lastname", "Last"), ("password", Password),
        };
        if (domainId is not null)
        {
            args.Add(("domainid", domainId));
        }
        var account = (await admin.CallAsync("createAccount", args.ToArray())).EnsureOk()["account"];
        var userId = account.GetProperty("user")[0].GetProperty("id").GetString()!;
        var keys = (await admin.CallAsync("registerUserKeys", ("id", userId))).EnsureOk()["userkeys"];
        var client = server.NewClient().WithKeys(keys.GetProperty("apikey").GetString()!, keys.GetProperty("secretkey").GetString()!);
        return (account, client);
    }

    public static string Id(this JsonElement element) => element.GetProperty("id").GetString()!;

    public static string Unique(string prefix) => prefix + Guid.NewGuid().ToString("N")[..8];
}
