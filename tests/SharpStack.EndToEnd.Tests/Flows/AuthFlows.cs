using System.Globalization;
using System.Net;
using SharpStack.Contract.Signing;
using SharpStack.EndToEnd.Tests.TestKit;

namespace SharpStack.EndToEnd.Tests.Flows;

/// <summary>Signatures (v1-v3), sessions and their failure answers.</summary>
public sealed class AuthFlows(SqliteServerFixture fixture) : IClassFixture<SqliteServerFixture>
{
    private const string Generic = "unable to verify user credentials and/or request signature";

    private static KeyValuePair<string, string> P(string name, string value) => new(name, value);

    [Fact]
    public async Task Signed_request_with_version_3_and_a_future_expiry_is_accepted()
    {
        var expires = DateTime.UtcNow.AddMinutes(5).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + "+0000";
        var reply = await fixture.Admin.SendAsync("listAccounts", [P("signatureVersion", "3"), P("expires", expires)], HttpMethod.Get, sign: true);
        reply.EnsureOk();
    }

    [Fact]
    public async Task Version_3_without_expiry_or_with_a_past_one_is_refused_with_the_generic_answer()
    {
        var missing = await fixture.Admin.SendAsync("listAccounts", [P("signatureVersion", "3")], HttpMethod.Get, sign: true);
        Assert.Equal(401, missing.Code);
        Assert.Equal(Generic, missing.ErrorText);
        var past = await fixture.Admin.SendAsync("listAccounts", [P("signatureversion", "3"), P("expires", "2020-01-01T00:00:00+0000")], HttpMethod.Get, sign: true);
        Assert.Equal(401, past.Code);
        Assert.Equal(Generic, past.ErrorText);
    }

    [Fact]
    public async Task Wrong_secret_and_unknown_key_get_the_same_answer()
    {
        var (_, tenant) = await Tenants.CreateAccountAsync(fixture.Server, fixture.Admin, Tenants.Unique("sig"));
        using var wrongSecret = fixture.Server.NewClient().WithKeys(tenant.ApiKey!, "not-the-secret");
        using var unknownKey = fixture.Server.NewClient().WithKeys("no-such-key", tenant.SecretKey!);
        var a = await wrongSecret.CallAsync("listAccounts");
        var b = await unknownKey.CallAsync("listAccounts");
        Assert.Equal(401, a.Code);
        Assert.Equal(a.Body, b.Body);
    }

    [Fact]
    public async Task Repeated_bad_signatures_block_the_key_for_a_while()
    {
        var (_, tenant) = await Tenants.CreateAccountAsync(fixture.Server, fixture.Admin, Tenants.Unique("rate"));
        using var attacker = fixture.Server.NewClient().WithKeys(tenant.ApiKey!, "guess");
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(401, (await attacker.CallAsync("listAccounts")).Code);
        }
        // Even the right signature is refused now, with the same answer.
        var blocked = await tenant.CallAsync("listAccounts");
        Assert.Equal(401, blocked.Code);
        Assert.Equal(Generic, blocked.ErrorText);
    }

    [Fact]
    public async Task Tampered_parameters_break_the_signature()
    {
        var admin = fixture.Admin;
        var args = new List<KeyValuePair<string, string>> { P("command", "listAccounts"), P("response", "json"), P("apikey", admin.ApiKey!) };
        var signature = RequestSignature.Compute(RequestSignature.CanonicalString(args), admin.SecretKey!);
        var ok = await admin.RawGetAsync($"command=listAccounts&response=json&apikey={Uri.EscapeDataString(admin.ApiKey!)}&signature={Uri.EscapeDataString(signature)}");
        Assert.Equal(HttpStatusCode.OK, ok.Status);
        var tampered = await admin.RawGetAsync($"command=listAccounts&response=json&listall=true&apikey={Uri.EscapeDataString(admin.ApiKey!)}&signature={Uri.EscapeDataString(signature)}");
        Assert.Equal(HttpStatusCode.Unauthorized, tampered.Status);
    }

    [Fact]
    public async Task Unknown_command_is_401_when_signed_and_432_in_a_session()
    {
        var signed = await fixture.Admin.CallAsync("noSuchCommand");
        Assert.Equal(401, signed.Code);
        using var session = fixture.Server.NewClient();
        (await session.LoginAsync("admin", CloudServer.AdminPassword)).EnsureOk();
        var reply = await session.CallAsync("noSuchCommand");
        Assert.Equal(432, reply.Code);
        Assert.Equal("errorresponse", reply.ResponseName);
        // A catalog command SharpStack does not implement yet is answered the same way.
        Assert.Equal(432, (await session.CallAsync("createKubernetesCluster")).Code);
    }

    [Fact]
    public async Task Login_needs_post_and_answers_a_session_with_cookies()
    {
        using var client = fixture.Server.NewClient();
        var viaGet = await client.SendAsync("login", [P("username", "admin"), P("password", CloudServer.AdminPassword)], HttpMethod.Get, sign: false);
        Assert.Equal(405, viaGet.Code);
        var login = (await client.LoginAsync("admin", CloudServer.AdminPassword, "/")).EnsureOk();
        Assert.Equal("loginresponse", login.ResponseName);
        Assert.Equal("1", login.Str("type"));
        Assert.Equal(1800, login["timeout"].GetInt32());
        var cookies = client.Cookies.GetCookies(new Uri(fixture.Server.BaseUrl + "/client/api"));
        Assert.NotNull(cookies["JSESSIONID"]);
        Assert.Equal(login.Str("sessionkey"), cookies["sessionkey"]!.Value);
        (await client.CallAsync("listUsers")).EnsureOk();
    }

    [Fact]
    public async Task Session_needs_both_the_cookie_and_the_key_parameter()
    {
        using var client = fixture.Server.NewClient();
        (await client.LoginAsync("admin", CloudServer.AdminPassword)).EnsureOk();
        var withoutKey = await client.SendAsync("listUsers", [], HttpMethod.Get, sign: false);
        // SendAsync adds the session key; a raw call without it must fail and end the session.
        var raw = await client.RawGetAsync("command=listUsers&response=json");
        Assert.Equal(HttpStatusCode.OK, withoutKey.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, raw.Status);
        Assert.Equal(401, (await client.CallAsync("listUsers")).Code);
    }

    [Fact]
    public async Task Session_key_without_the_session_cookie_is_refused()
    {
        using var client = fixture.Server.NewClient();
        var login = (await client.LoginAsync("admin", CloudServer.AdminPassword)).EnsureOk();
        using var stranger = fixture.Server.NewClient();
        var reply = await stranger.RawGetAsync($"command=listUsers&response=json&sessionkey={login.Str("sessionkey")}");
        Assert.Equal(HttpStatusCode.Unauthorized, reply.Status);
    }

    [Fact]
    public async Task Logout_ends_the_session()
    {
        using var client = fixture.Server.NewClient();
        (await client.LoginAsync("admin", CloudServer.AdminPassword)).EnsureOk();
        var logout = (await client.CallAsync("logout")).EnsureOk();
        Assert.Equal("success", logout.Str("description"));
        Assert.Equal(401, (await client.CallAsync("listUsers")).Code);
    }

    [Fact]
    public async Task Failed_logins_do_not_say_which_part_was_wrong_and_are_rate_limited()
    {
        var name = Tenants.Unique("login");
        var domain = await Tenants.CreateDomainAsync(fixture.Admin, name);
        await Tenants.CreateAccountAsync(fixture.Server, fixture.Admin, name, 0, domain.Id());
        using var client = fixture.Server.NewClient();
        var wrongPassword = await client.LoginAsync(name, "wrong", "/" + name);
        var wrongUser = await client.LoginAsync(name + "x", Tenants.Password, "/" + name);
        var wrongDomain = await client.LoginAsync(name, Tenants.Password, "/nowhere");
        Assert.All(new[] { wrongPassword, wrongUser, wrongDomain }, r => Assert.Equal(531, r.Code));
        // The three texts differ only in the names the caller sent.
        Assert.Equal(wrongPassword.ErrorText, wrongUser.ErrorText.Replace(name + "x", name, StringComparison.Ordinal));
        Assert.Equal(wrongPassword.ErrorText, wrongDomain.ErrorText.Replace("/nowhere", "/" + name, StringComparison.Ordinal));
        (await client.LoginAsync(name, Tenants.Password, "/" + name)).EnsureOk();
        for (var i = 0; i < 5; i++)
        {
            await client.LoginAsync(name, "wrong", "/" + name);
        }
        Assert.Equal(531, (await client.LoginAsync(name, Tenants.Password, "/" + name)).Code);
    }

    [Fact]
    public async Task Enforced_timestamps_require_version_3_and_post_for_changes()
    {
        static string Expires(int minutes) => DateTime.UtcNow.AddMinutes(minutes).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + "+0000";
        var admin = fixture.Admin;
        (await admin.PostAsync("updateConfiguration", ("name", "enforce.post.requests.and.timestamps"), ("value", "true"))).EnsureOk();
        try
        {
            Assert.Equal(401, (await admin.CallAsync("listAccounts")).Code);
            Assert.Equal(401, (await admin.SendAsync("listAccounts", [P("signatureversion", "3"), P("expires", Expires(60))], HttpMethod.Get, sign: true)).Code);
            (await admin.SendAsync("listAccounts", [P("signatureversion", "3"), P("expires", Expires(5))], HttpMethod.Get, sign: true)).EnsureOk();
            var viaGet = await admin.SendAsync("createDomain", [P("name", Tenants.Unique("get")), P("signatureversion", "3"), P("expires", Expires(5))], HttpMethod.Get, sign: true);
            Assert.Equal(400, viaGet.Code);
            (await admin.SendAsync("createDomain", [P("name", Tenants.Unique("post")), P("signatureversion", "3"), P("expires", Expires(5))], HttpMethod.Post, sign: true)).EnsureOk();
        }
        finally
        {
            (await admin.SendAsync("updateConfiguration", [P("name", "enforce.post.requests.and.timestamps"), P("value", "false"), P("signatureversion", "3"), P("expires", Expires(5))], HttpMethod.Post, sign: true)).EnsureOk();
        }
        (await admin.CallAsync("listAccounts")).EnsureOk();
    }

    [Fact]
    public async Task Turning_api_key_access_off_refuses_signed_requests_but_not_sessions()
    {
        var admin = fixture.Admin;
        using var session = fixture.Server.NewClient();
        (await session.LoginAsync("admin", CloudServer.AdminPassword)).EnsureOk();
        (await session.CallAsync("updateConfiguration", ("name", "api.key.access"), ("value", "false"))).EnsureOk();
        try
        {
            Assert.Equal(401, (await admin.CallAsync("listAccounts")).Code);
            (await session.CallAsync("listAccounts")).EnsureOk();
        }
        finally
        {
            (await session.CallAsync("updateConfiguration", ("name", "api.key.access"), ("value", "true"))).EnsureOk();
        }
        (await admin.CallAsync("listAccounts")).EnsureOk();
    }

    [Fact]
    public async Task Xml_is_the_default_format()
    {
        var (status, body, contentType) = await fixture.Admin.RawGetAsync("command=listApis");
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.StartsWith("text/xml", contentType, StringComparison.Ordinal);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><listapisresponse", body, StringComparison.Ordinal);
        var signed = await fixture.Admin.SendAsync("listCapabilities", [], HttpMethod.Get, sign: true, format: "xml");
        Assert.Contains("<listcapabilitiesresponse cloud-stack-version=\"4.22.0.0\"><capability>", signed.Body, StringComparison.Ordinal);
    }
}
