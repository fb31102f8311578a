using SharpStack.Agent.Protocol;

namespace SharpStack.Agent.Networking.Router;

/// <summary>
/// Upstream's password service, as templates' password agents (cloud-set-guest-password) speak
/// it: a GET with header "DomU_Request: send_my_password" answers the guest's password, or
/// "saved_password" once the guest confirmed it with "DomU_Request: saved_password"; a new
/// password in a later document is served again. Confirmations live in the agent's memory.
/// </summary>
public sealed class PasswordAnswers
{
    public const string SavedPassword = "saved_password";
    private readonly object gate = new();
    private Dictionary<string, string> passwords = [];
    private readonly HashSet<(string Guest, string Password)> saved = [];

    public void Update(IReadOnlyList<GuestMetadata> guests)
    {
        var next = guests.Where(g => !string.IsNullOrEmpty(g.Password)).GroupBy(g => g.Ipv4Address).ToDictionary(g => g.Key, g => g.First().Password!);
        lock (gate)
        {
            passwords = next;
            saved.RemoveWhere(s => next.GetValueOrDefault(s.Guest) != s.Password);
        }
    }

    public MetadataAnswer Answer(GuestRequest request)
    {
        var kind = request.Headers.GetValueOrDefault("DomU_Request");
        lock (gate)
        {
            var password = passwords.GetValueOrDefault(request.GuestAddress);
            switch (kind)
            {
                case "send_my_password":
                    return new(200, password is null || saved.Contains((request.GuestAddress, password)) ? SavedPassword : password);
                case SavedPassword:
                    if (password is not null)
                    {
                        saved.Add((request.GuestAddress, password));
                    }
                    return new(200, SavedPassword);
                default:
                    return new(400, "bad_request");
            }
        }
    }
}
