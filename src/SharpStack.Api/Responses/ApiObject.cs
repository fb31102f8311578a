using System.Collections;

namespace SharpStack.Api.Responses;

/// <summary>
/// One response object: ordered fields whose values are strings, numbers, booleans, dates,
/// nested objects or lists of them. Null values are dropped, as upstream omits null fields.
/// The same tree is written as JSON or XML.
/// </summary>
public sealed class ApiObject : IEnumerable<KeyValuePair<string, object>>
{
    private readonly List<KeyValuePair<string, object>> _fields = [];

    public int Count => _fields.Count;

    public object? this[string name]
    {
        get => _fields.FirstOrDefault(f => f.Key == name).Value;
        set => Set(name, value);
    }

    public void Add(string name, object? value) => Set(name, value);

    public ApiObject Set(string name, object? value)
    {
        var index = _fields.FindIndex(f => f.Key == name);
        if (value is null)
        {
            if (index >= 0)
            {
                _fields.RemoveAt(index);
            }
            return this;
        }
        var normalized = value switch
        {
            Guid g => g.ToString(),
            Enum e => e.ToString(),
            _ => value,
        };
        if (index >= 0)
        {
            _fields[index] = new(name, normalized);
        }
        else
        {
            _fields.Add(new(name, normalized));
        }
        return this;
    }

    public IEnumerator<KeyValuePair<string, object>> GetEnumerator() => _fields.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
