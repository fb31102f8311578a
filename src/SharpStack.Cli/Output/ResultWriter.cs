using System.Text;
using System.Text.Json;
using Spectre.Console;

namespace SharpStack.Cli.Output;

/// <summary>Writes an API result as JSON, a Spectre.Console table or CSV, keeping only the filtered fields.</summary>
public sealed class ResultWriter(CliEnvironment env, OutputFormat format, IReadOnlyList<string> filter)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static IReadOnlyList<string> ParseFilter(string? filter) =>
        string.IsNullOrWhiteSpace(filter) ? [] : filter.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public void Write(JsonElement content)
    {
        var shape = ResultShape.From(content, filter);
        var chosen = format == OutputFormat.Auto ? (env.IsTerminal && shape.IsList ? OutputFormat.Table : OutputFormat.Json) : format;
        switch (chosen)
        {
            case OutputFormat.Table:
                WriteTable(shape);
                break;
            case OutputFormat.Csv:
                WriteCsv(shape);
                break;
            default:
                env.Output.WriteLine(shape.Content.ToJsonString(Indented));
                break;
        }
    }

    private void WriteTable(ResultShape shape)
    {
        var columns = shape.Columns(filter);
        if (shape.Rows.Count == 0 || columns.Count == 0)
        {
            return;
        }
        var table = new Table().Border(env.IsTerminal ? TableBorder.Rounded : TableBorder.Ascii);
        foreach (var column in columns)
        {
            table.AddColumn(new TableColumn(Markup.Escape(column)) { NoWrap = !env.IsTerminal });
        }
        foreach (var row in shape.Rows)
        {
            table.AddRow(columns.Select(c => Markup.Escape(ResultShape.Cell(row, c))).ToArray());
        }
        env.WriteTable(table);
    }

    private void WriteCsv(ResultShape shape)
    {
        var columns = shape.Columns(filter);
        if (columns.Count == 0)
        {
            return;
        }
        env.Output.WriteLine(string.Join(',', columns.Select(Quote)));
        foreach (var row in shape.Rows)
        {
            env.Output.WriteLine(string.Join(',', columns.Select(c => Quote(ResultShape.Cell(row, c)))));
        }
    }

    /// <summary>RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled.</summary>
    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : new StringBuilder("\"").Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"').ToString();
}
