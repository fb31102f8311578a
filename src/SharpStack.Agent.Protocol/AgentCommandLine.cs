namespace SharpStack.Agent.Protocol;

/// <summary>The "--name value" command lines of the agent programs (sharpstack-agent, sharpstack-simulator).</summary>
public static class AgentCommandLine
{
    public static Dictionary<string, string> Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                throw new ArgumentException($"unexpected argument {args[i]}");
            }
            values[args[i][2..]] = args[++i];
        }
        return values;
    }
}
