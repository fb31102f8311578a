namespace SharpStack.Core.Identity;

/// <summary>A logged-in session, kept in the database so that any server can serve its next request.</summary>
public sealed class ApiSession
{
    public long Id { get; set; }
    /// <summary>Value of the JSESSIONID cookie.</summary>
    public required string SessionId { get; set; }
    public required string SessionKey { get; set; }
    public long UserId { get; set; }
    public DateTime Created { get; set; }
    public DateTime LastAccess { get; set; }
    public int TimeoutSeconds { get; set; }
}
