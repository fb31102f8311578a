using System.Text.Json;
using System.Text.Json.Nodes;

namespace SharpStack.Cli.Output;

/// <summary>
/// The rows of an API result: the items of a list answer ({"count": 2, "zone": [...]}), the one
/// object of a single answer ({"virtualmachine": {...}}), or the answer itself ({"success": true}).
/// The field filter keeps only the named fields of each row, in the order given.
/// </summary>
public sealed class ResultShape
{
    public JsonObject Content { get; }
    public IReadOnlyList<JsonObject> Rows { get; }
    public bool IsList { get; }

    private ResultShape(JsonObject content, IReadOnlyList<JsonObject> rows, bool isList)
    {
        Content = content;
        Rows = rows;
        IsList = isList;
    }

    public static ResultShape From(JsonElement content, IReadOnlyList<string> filter)
    {
        var node = JsonNode.Parse(content.GetRawText()) as JsonObject ?? [];
        var properties = node.ToList();
        var list = properties.FirstOrDefault(p => p.Value is JsonArray);
        List<JsonObject> rows;
        var isList = false;
        if (list.Value is JsonArray array)
        {
            rows = array.OfType<JsonObject>().ToList();
            isList = true;
        }
        else if (properties.Count == 1 && properties[0].Value is JsonObject single)
        {
            rows = [single];
        }
        else
        {
            rows = properties.Count == 0 ? [] : [node];
        }
        if (filter.Count > 0)
        {
            foreach (var row in rows)
            {
                Keep(row, filter);
            }
        }
        return new ResultShape(node, rows, isList || properties.Count == 0 || (properties.Count == 1 && properties[0].Key == "count"));
    }

    /// <summary>The columns: the filter's fields, else every field with a plain value in order of first appearance.</summary>
    public IReadOnlyList<string> Columns(IReadOnlyList<string> filter)
    {
        if (filter.Count > 0)
        {
            return filter;
        }
        var columns = new List<string>();
        foreach (var row in Rows)
        {
            foreach (var (key, value) in row)
            {
                if (value is not JsonObject and not JsonArray && !columns.Contains(key))
                {
                    columns.Add(key);
                }
            }
        }
        return columns;
    }

    public static string Cell(JsonObject row, string column)
    {
        var value = row.FirstOrDefault(p => string.Equals(p.Key, column, StringComparison.OrdinalIgnoreCase)).Value;
        return value switch
        {
            null => "",
            JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
            _ => value.ToJsonString(),
        };
    }

    private static void Keep(JsonObject row, IReadOnlyList<string> fields)
    {
        var kept = fields
            .Select(f => row.FirstOrDefault(p => string.Equals(p.Key, f, StringComparison.OrdinalIgnoreCase)))
            .Where(p => p.Key is not null)
            .Select(p => (p.Key, Value: p.Value?.DeepClone()))
            .ToList();
        row.Clear();
        foreach (var (key, value) in kept)
        {
            row[key] = value;
        }
    }
}
