using SharpStack.Core.Errors;

namespace SharpStack.Api.Binding;

/// <summary>Parameters after validation: typed values, and resolved entities for uuid parameters.</summary>
public sealed class BoundParameters
{
    private readonly Dictionary<string, object> _values = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The validated raw text of each parameter, kept to replay an async command in its job.</summary>
    public Dictionary<string, string> Raw { get; } = new(StringComparer.OrdinalIgnoreCase);

    internal void Set(string key, object value) => _values[key] = value;

    public bool Has(string key) => _values.ContainsKey(key);

    public string? String(string key) => _values.GetValueOrDefault(key) as string;

    public long? Long(string key) => _values.TryGetValue(key, out var v) ? Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture) : null;

    public int? Int(string key) => _values.TryGetValue(key, out var v) ? Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture) : null;

    public bool? Bool(string key) => _values.TryGetValue(key, out var v) ? (bool)v : null;

    public bool Flag(string key) => Bool(key) ?? false;

    public DateTime? Date(string key) => _values.TryGetValue(key, out var v) ? (DateTime)v : null;

    public double? Double(string key) => _values.TryGetValue(key, out var v) ? Convert.ToDouble(v, System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>The entity a uuid parameter named, already checked to be visible to the caller.</summary>
    public T? Entity<T>(string key) where T : class => _values.GetValueOrDefault(key) as T;

    public T RequiredEntity<T>(string key) where T : class =>
        Entity<T>(key) ?? throw CloudException.InvalidParameter($"Parameter {key} is required");

    public IReadOnlyList<string> StringList(string key) =>
        _values.GetValueOrDefault(key) is List<object> list ? list.OfType<string>().ToList() : [];

    public IReadOnlyList<T> EntityList<T>(string key) where T : class =>
        _values.GetValueOrDefault(key) is List<object> list ? list.OfType<T>().ToList() : [];

    /// <summary>A map parameter (name[0].key=..&amp;name[0].value=..) as its entries in index order.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> Map(string key) =>
        _values.GetValueOrDefault(key) as IReadOnlyList<IReadOnlyDictionary<string, string>> ?? [];

    /// <summary>A key/value map parameter flattened, as upstream reads details-style maps.</summary>
    public IReadOnlyDictionary<string, string> KeyValueMap(string key)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in Map(key))
        {
            if (entry.TryGetValue("key", out var k) && entry.TryGetValue("value", out var v))
            {
                result[k] = v;
            }
            else
            {
                foreach (var (ek, ev) in entry)
                {
                    result[ek] = ev;
                }
            }
        }
        return result;
    }
}
