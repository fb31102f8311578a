namespace SharpStack.Api.Pipeline;

/// <summary>Marks a class as the handler of one upstream API command; its metadata comes from the catalog.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class ApiCommandAttribute(string name) : Attribute
{
    public string Name { get; } = name;

    /// <summary>The inner object key, for the few commands whose catalog entry does not know it.</summary>
    public string? ObjectName { get; init; }
}
