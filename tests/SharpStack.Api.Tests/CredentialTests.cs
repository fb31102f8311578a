using SharpStack.Orchestration.Security;
using System.Security.Cryptography;
using Microsoft.Extensions.Time.Testing;
using SharpStack.Api.Auth;

namespace SharpStack.Api.Tests;

public class CredentialTests
{
    [Fact]
    public void Password_hash_verifies_only_the_same_password()
    {
        var hash = PasswordHasher.Hash("correct horse", iterations: 1000);
        Assert.StartsWith("pbkdf2-sha256$1000$", hash, StringComparison.Ordinal);
        Assert.True(PasswordHasher.Verify("correct horse", hash));
        Assert.False(PasswordHasher.Verify("correct horse ", hash));
        Assert.False(PasswordHasher.Verify("", hash));
    }

    [Fact]
    public void Same_password_gets_a_different_salt_each_time() =>
        Assert.NotEqual(PasswordHasher.Hash("pw", 1000), PasswordHasher.Hash("pw", 1000));

    [Theory]
    [InlineData("")]
    [InlineData("plain")]
    [InlineData("pbkdf2-sha256$x$y$z")]
    [InlineData("md5$1$abc$def")]
    public void Malformed_stored_hashes_never_verify(string stored) => Assert.False(PasswordHasher.Verify("anything", stored));

    [Fact]
    public void Default_iterations_meet_current_guidance() => Assert.True(PasswordHasher.DefaultIterations >= 210_000);

    [Fact]
    public void Secret_round_trips_and_is_not_stored_in_clear()
    {
        var protector = new SecretProtector(RandomNumberGenerator.GetBytes(32));
        var cipher = protector.Protect("my-secret-key");
        Assert.DoesNotContain("my-secret-key", cipher, StringComparison.Ordinal);
        Assert.Equal("my-secret-key", protector.Unprotect(cipher));
        Assert.NotEqual(cipher, protector.Protect("my-secret-key"));
    }

    [Fact]
    public void Secret_from_another_server_key_is_refused()
    {
        var cipher = new SecretProtector(RandomNumberGenerator.GetBytes(32)).Protect("s");
        Assert.ThrowsAny<CryptographicException>(() => new SecretProtector(RandomNumberGenerator.GetBytes(32)).Unprotect(cipher));
    }

    [Fact]
    public void Throttle_blocks_after_the_allowed_failures_until_the_window_passes()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var throttle = new FailedAuthThrottle(time, maxFailures: 3, window: TimeSpan.FromMinutes(5));
        for (var i = 0; i < 3; i++)
        {
            Assert.False(throttle.IsBlocked("login:/:bob"));
            throttle.RecordFailure("login:/:bob");
        }
        Assert.True(throttle.IsBlocked("login:/:bob"));
        Assert.False(throttle.IsBlocked("login:/:alice"));
        time.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        Assert.False(throttle.IsBlocked("login:/:bob"));
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("/", "/")]
    [InlineData("ROOT", "/")]
    [InlineData("child", "/child/")]
    [InlineData("/child/", "/child/")]
    [InlineData("ROOT/child/grand", "/child/grand/")]
    public void Domain_paths_from_login_are_normalised(string? given, string? expected) =>
        Assert.Equal(expected, SessionService.NormalizeDomainPath(given));
}
