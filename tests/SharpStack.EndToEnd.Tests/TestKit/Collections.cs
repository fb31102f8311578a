namespace SharpStack.EndToEnd.Tests.TestKit;

/// <summary>PostgreSQL test classes run one after another so the shared test server is not flooded.</summary>
[CollectionDefinition("postgres")]
public sealed class PostgresCollection;
