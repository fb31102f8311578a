using System.Text;
using SharpStack.Agent.Networking.Router;
using SharpStack.Agent.Networking.Tests.TestKit;

namespace SharpStack.Agent.Networking.Tests.Units;

public sealed class MetadataAnswersTests
{
    private readonly MetadataAnswers answers = new(
    [
        Docs.Metadata("10.1.1.10", "web-1", Convert.ToBase64String(Encoding.UTF8.GetBytes("#cloud-config\n"))),
        Docs.Metadata("10.1.1.11", "web-2"),
    ]);

    [Theory]
    [InlineData("/latest/user-data", "#cloud-config\n")]
    [InlineData("/latest/meta-data/instance-id", "uuid-web-1")]
    [InlineData("/latest/meta-data/vm-id", "uuid-web-1")]
    [InlineData("/latest/instance-id", "uuid-web-1")]
    [InlineData("/latest/meta-data/local-hostname", "web-1")]
    [InlineData("/latest/meta-data/local-ipv4", "10.1.1.10")]
    [InlineData("/latest/meta-data/public-ipv4", "198.51.100.10")]
    [InlineData("/latest/meta-data/service-offering", "Small Instance")]
    [InlineData("/latest/meta-data/availability-zone", "zone1")]
    [InlineData("/latest/meta-data/public-keys", "ssh-ed25519 AAAA test@example")]
    public void A_guest_reads_its_own_values(string path, string expected)
    {
        var answer = answers.Answer("10.1.1.10", path);

        Assert.Equal(200, answer.Status);
        Assert.Equal(expected, answer.Body);
    }

    [Fact]
    public void The_metadata_index_lists_the_names()
    {
        var answer = answers.Answer("10.1.1.11", "/latest/meta-data/");

        Assert.Equal(200, answer.Status);
        Assert.Contains("instance-id", answer.Body.Split('\n'));
        Assert.Contains("local-ipv4", answer.Body.Split('\n'));
    }

    [Theory]
    [InlineData("10.1.1.11", "/latest/user-data")]
    [InlineData("10.1.1.99", "/latest/meta-data/instance-id")]
    [InlineData("10.1.1.10", "/latest/meta-data/unknown")]
    [InlineData("10.1.1.10", "/etc/passwd")]
    public void Unknown_guests_paths_and_missing_user_data_are_not_found(string guest, string path) =>
        Assert.Equal(404, answers.Answer(guest, path).Status);
}
