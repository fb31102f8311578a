namespace SharpStack.Cli.Catalog;

/// <summary>
/// CloudMonkey's split of an API name into a verb and a noun: the lower-case letters before the
/// first capital are the verb, the rest lower-cased is the noun (listVirtualMachines is
/// "list virtualmachines"). A name with no capital is a verb alone.
/// </summary>
public readonly record struct CommandName(string Verb, string Noun)
{
    public static CommandName Split(string apiName)
    {
        var firstUpper = apiName.AsSpan().IndexOfAnyInRange('A', 'Z');
        return firstUpper <= 0
            ? new CommandName(apiName.ToLowerInvariant(), "")
            : new CommandName(apiName[..firstUpper].ToLowerInvariant(), apiName[firstUpper..].ToLowerInvariant());
    }
}
