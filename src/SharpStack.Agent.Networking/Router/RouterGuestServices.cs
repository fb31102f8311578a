using SharpStack.Agent.Protocol;

namespace SharpStack.Agent.Networking.Router;

/// <summary>
/// The router's guest-facing HTTP services hosted in the agent: metadata and user data on port 80,
/// the password service on port 8080, both on the router's guest address. Each document swaps the
/// answers in; the listeners move only when the router's address does.
/// </summary>
public sealed class RouterGuestServices : IAsyncDisposable
{
    public const int MetadataPort = 80;
    public const int PasswordPort = 8080;
    private readonly PasswordAnswers passwords = new();
    private GuestHttpListener? metadataListener;
    private GuestHttpListener? passwordListener;
    private volatile MetadataAnswers metadata;

    private RouterGuestServices(string address, IReadOnlyList<GuestMetadata> guests)
    {
        Address = address;
        metadata = new MetadataAnswers(guests);
        passwords.Update(guests);
    }

    public string Address { get; }

    public static async Task<RouterGuestServices> StartAsync(string ns, string address, IReadOnlyList<GuestMetadata> guests)
    {
        var services = new RouterGuestServices(address, guests);
        try
        {
            services.metadataListener = GuestHttpListener.Start(ns, address, MetadataPort, r => services.metadata.Answer(r.GuestAddress, r.Path));
            services.passwordListener = GuestHttpListener.Start(ns, address, PasswordPort, services.passwords.Answer);
        }
        catch
        {
            await services.DisposeAsync();
            throw;
        }
        return services;
    }

    public void Update(IReadOnlyList<GuestMetadata> guests)
    {
        metadata = new MetadataAnswers(guests);
        passwords.Update(guests);
    }

    public async ValueTask DisposeAsync()
    {
        if (metadataListener is not null)
        {
            await metadataListener.DisposeAsync();
        }
        if (passwordListener is not null)
        {
            await passwordListener.DisposeAsync();
        }
    }
}
