using SharpStack.Cli.Output;

namespace SharpStack.Cli.Invocation;

/// <summary>The options every API call takes: output format, field filter, whether to wait for async jobs.</summary>
public sealed record RunOptions(OutputFormat Format, IReadOnlyList<string> Filter, bool NoWait, TimeSpan JobTimeout);
