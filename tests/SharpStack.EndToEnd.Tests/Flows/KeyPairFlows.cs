using SharpStack.EndToEnd.Tests.TestKit;

namespace SharpStack.EndToEnd.Tests.Flows;

/// <summary>SSH key pairs belong to accounts: created or registered, listed, deleted by name.</summary>
public abstract class KeyPairFlows(ServerFixture fixture)
{
    private const string Ed25519 = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl user@example";

    [Fact]
    public async Task Created_key_returns_its_private_key_once_and_registered_keys_get_fingerprints()
    {
        var (_, user) = await Tenants.CreateAccountAsync(fixture.Server, fixture.Admin, Tenants.Unique("keys"));
        var created = (await user.CallAsync("createSSHKeyPair", ("name", "laptop"))).EnsureOk()["keypair"];
        Assert.StartsWith("-----BEGIN RSA PRIVATE KEY-----", created.GetProperty("privatekey").GetString(), StringComparison.Ordinal);
        Assert.Matches("^([0-9a-f]{2}:){15}[0-9a-f]{2}$", created.GetProperty("fingerprint").GetString());
        var registered = (await user.CallAsync("registerSSHKeyPair", ("name", "desktop"), ("publickey", Ed25519))).EnsureOk()["keypair"];
        Assert.Equal("35:23:6b:d7:52:b8:44:56:11:09:2a:ea:2a:7a:e6:f2".Length, registered.GetProperty("fingerprint").GetString()!.Length);
        var listed = (await user.CallAsync("listSSHKeyPairs")).EnsureOk().Items("sshkeypair");
        Assert.Equal(2, listed.Count);
        Assert.All(listed, k => Assert.False(k.TryGetProperty("privatekey", out _)));
        Assert.Equal(431, (await user.CallAsync("registerSSHKeyPair", ("name", "desktop"), ("publickey", Ed25519))).ErrorCode);
        Assert.Equal(431, (await user.CallAsync("registerSSHKeyPair", ("name", "again"), ("publickey", Ed25519))).ErrorCode);
        Assert.Equal(431, (await user.CallAsync("registerSSHKeyPair", ("name", "bad"), ("publickey", "ssh-rsa not-base64!"))).ErrorCode);
        Assert.Equal(431, (await user.CallAsync("registerSSHKeyPair", ("name", "bad2"), ("publickey", "ssh-rsa " + Ed25519.Split(' ')[1]))).ErrorCode);
        Assert.Single((await user.CallAsync("listSSHKeyPairs", ("fingerprint", registered.GetProperty("fingerprint").GetString()!))).EnsureOk().Items("sshkeypair"));
        (await user.CallAsync("deleteSSHKeyPair", ("name", "laptop"))).EnsureOk();
        Assert.Equal(431, (await user.CallAsync("deleteSSHKeyPair", ("name", "laptop"))).ErrorCode);
        Assert.Single((await user.CallAsync("listSSHKeyPairs")).EnsureOk().Items("sshkeypair"));
    }

    [Fact]
    public async Task Admins_manage_keys_for_accounts_they_reach_and_others_see_nothing()
    {
        var domain = await Tenants.CreateDomainAsync(fixture.Admin, Tenants.Unique("kd"));
        var (owner, ownerClient) = await Tenants.CreateAccountAsync(fixture.Server, fixture.Admin, Tenants.Unique("ko"), 0, domain.Id());
        var (_, stranger) = await Tenants.CreateAccountAsync(fixture.Server, fixture.Admin, Tenants.Unique("ks"));
        var ownerName = owner.GetProperty("name").GetString()!;
        var key = (await fixture.Admin.CallAsync("registerSSHKeyPair", ("name", "ops"), ("publickey", Ed25519), ("account", ownerName), ("domainid", domain.Id()))).EnsureOk()["keypair"];
        Assert.Equal(ownerName, key.GetProperty("account").GetString());
        Assert.Single((await ownerClient.CallAsync("listSSHKeyPairs")).EnsureOk().Items("sshkeypair"));
        Assert.DoesNotContain(key.Id(), (await stranger.CallAsync("listSSHKeyPairs", ("listall", "true"))).Body, StringComparison.Ordinal);
        Assert.Equal(431, (await stranger.CallAsync("deleteSSHKeyPair", ("name", "ops"), ("account", ownerName), ("domainid", domain.Id()))).ErrorCode);
        await fixture.Admin.CallAndWaitAsync("deleteAccount", ("id", owner.Id()));
        Assert.DoesNotContain(key.Id(), (await fixture.Admin.CallAsync("listSSHKeyPairs", ("listall", "true"))).Body, StringComparison.Ordinal);
    }
}

public sealed class SqliteKeyPairFlows(SqliteServerFixture fixture) : KeyPairFlows(fixture), IClassFixture<SqliteServerFixture>;

[Collection("postgres")]
public sealed class PostgresKeyPairFlows(PostgresServerFixture fixture) : KeyPairFlows(fixture), IClassFixture<PostgresServerFixture>;
