namespace SharpStack.Agent.Tests;

public sealed class AgentOptionsTests
{
    [Fact]
    public void Defaults_and_overrides()
    {
        var options = AgentOptions.Parse(["--token", "t0k", "--data-dir", "/tmp/x", "--accel", "tcg", "--netns", "ns1", "--port", "9000"]);
        Assert.Equal(("127.0.0.1", 9000, "t0k", "tcg", "ns1"), (options.Server, options.Port, options.Token, options.Accel, options.HostNamespace));
        Assert.Equal("/tmp/x/agent-id", options.AgentIdFile);
        Assert.Equal(TimeSpan.FromSeconds(30), options.StopTimeout);
    }

    [Theory]
    [InlineData("--data-dir /tmp/x")]
    [InlineData("--token t --accel xen")]
    [InlineData("--token")]
    public void Bad_command_lines_are_refused(string line) => Assert.Throws<ArgumentException>(() => AgentOptions.Parse(line.Split(' ')));

    [Fact]
    public void The_agent_id_is_made_once_and_kept()
    {
        var dir = Directory.CreateTempSubdirectory("ss-agentid-").FullName;
        try
        {
            var options = AgentOptions.Parse(["--token", "t", "--data-dir", dir]);
            var id = options.LoadAgentId();
            Assert.StartsWith("kvm-", id, StringComparison.Ordinal);
            Assert.Equal(id, options.LoadAgentId());
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
