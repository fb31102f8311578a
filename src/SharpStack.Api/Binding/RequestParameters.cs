namespace SharpStack.Api.Binding;

/// <summary>
/// The request's parameters (query string and form body) with their names as sent; the first
/// value of a repeated name counts. Lookups are case-insensitive, as upstream lower-cases names.
/// </summary>
public sealed class RequestParameters
{
    private readonly List<KeyValuePair<string, string>> _asSent = [];
    private readonly Dictionary<string, string> _byKey = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<KeyValuePair<string, string>> AsSent => _asSent;

    public IEnumerable<string> Keys => _byKey.Keys;

    public void Add(string name, string value)
    {
        if (_byKey.TryAdd(name, value))
        {
            _asSent.Add(new(name, value));
        }
    }

    public string? this[string name] => _byKey.GetValueOrDefault(name);

    public bool Contains(string name) => _byKey.ContainsKey(name);

    public static RequestParameters From(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        var parameters = new RequestParameters();
        foreach (var (k, v) in pairs)
        {
            parameters.Add(k, v);
        }
        return parameters;
    }
}
