namespace SharpStack.Cli.Output;

public enum OutputFormat
{
    /// <summary>Table for lists on a terminal, JSON otherwise.</summary>
    Auto,
    Json,
    Table,
    Csv,
}
