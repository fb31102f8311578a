namespace SharpStack.EndToEnd.Tests.TestKit;

/// <summary>Files of the repository the tests use, found by walking up from the test folder.</summary>
public static class RepoFiles
{
    public static string ExampleZoneFile() => Find(Path.Combine("docs", "examples", "zone.yaml"));

    public static string Find(string relativePath)
    {
        var dir = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(dir, relativePath)))
        {
            dir = Path.GetDirectoryName(dir) ?? throw new FileNotFoundException($"{relativePath} not found above the test folder");
        }
        return Path.Combine(dir, relativePath);
    }
}
