using SharpStack.Agent.Networking.Router;
using SharpStack.Agent.Networking.Tests.TestKit;

namespace SharpStack.Agent.Networking.Tests.Units;

public sealed class PasswordAnswersTests
{
    private static GuestRequest Ask(string guest, string kind) =>
        new(guest, "/", new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["DomU_Request"] = kind });

    [Fact]
    public void A_password_is_served_until_saved_and_a_new_one_is_served_again()
    {
        var answers = new PasswordAnswers();
        answers.Update([Docs.Metadata("10.1.1.10", "a", password: "one"), Docs.Metadata("10.1.1.11", "b")]);

        Assert.Equal("one", answers.Answer(Ask("10.1.1.10", "send_my_password")).Body);
        Assert.Equal("saved_password", answers.Answer(Ask("10.1.1.11", "send_my_password")).Body);
        Assert.Equal("saved_password", answers.Answer(Ask("10.1.1.10", "saved_password")).Body);
        Assert.Equal("saved_password", answers.Answer(Ask("10.1.1.10", "send_my_password")).Body);

        answers.Update([Docs.Metadata("10.1.1.10", "a", password: "two")]);
        Assert.Equal("two", answers.Answer(Ask("10.1.1.10", "send_my_password")).Body);
    }

    [Fact]
    public void Requests_without_the_header_are_bad() =>
        Assert.Equal(400, new PasswordAnswers().Answer(new GuestRequest("10.1.1.10", "/", new Dictionary<string, string>())).Status);
}
