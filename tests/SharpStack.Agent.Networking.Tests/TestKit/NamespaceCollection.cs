namespace SharpStack.Agent.Networking.Tests.TestKit;

/// <summary>The namespace tests run one at a time (2-core machines, shared bridges' names) and end with a check that nothing is left.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class NamespaceCollection : ICollectionFixture<NoLeftoversAtTheEnd>
{
    public const string Name = "namespaces";
}

public sealed class NoLeftoversAtTheEnd : IDisposable
{
    public void Dispose() => Leftovers.AssertNoneAtAll();
}
