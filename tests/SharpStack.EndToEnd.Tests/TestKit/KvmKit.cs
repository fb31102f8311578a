using System.Diagnostics;
using System.Text;

namespace SharpStack.EndToEnd.Tests.TestKit;

/// <summary>
/// What tests that run real guests need: the test image (built by scripts/build-test-image.sh,
/// cached), a network namespace with no route out for the host side, and a check that nothing
/// (namespace, QEMU, tap, disk) is left behind.
/// </summary>
public static class KvmKit
{
    private static readonly SemaphoreSlim ImageLock = new(1, 1);
    private static string? _image;

    /// <summary>The test guest image; QEMU and the image tools are installed by scripts/install-test-deps.sh when missing.</summary>
    public static async Task<string> TestImageAsync()
    {
        await ImageLock.WaitAsync();
        try
        {
            if (_image is not null)
            {
                return _image;
            }
            if (!File.Exists("/usr/bin/qemu-system-x86_64") || !File.Exists("/usr/bin/qemu-img"))
            {
                var (code, output) = await RunAsync("bash", RepoFiles.Find(Path.Combine("scripts", "install-test-deps.sh")));
                Assert.True(code == 0 && File.Exists("/usr/bin/qemu-system-x86_64"), $"QEMU is missing and scripts/install-test-deps.sh could not install it: {output}");
            }
            var (built, path) = await RunAsync("bash", RepoFiles.Find(Path.Combine("scripts", "build-test-image.sh")));
            Assert.True(built == 0, $"scripts/build-test-image.sh failed: {path}");
            _image = path.Trim().Split('\n')[^1];
            return _image;
        }
        finally
        {
            ImageLock.Release();
        }
    }

    public static async Task<(int Code, string Output)> RunAsync(string file, params string[] args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }

    /// <summary>Waits until the file contains the text (a guest's serial marker); gives the file's content.</summary>
    public static async Task<string> WaitForTextAsync(string file, string text, TimeSpan timeout, int occurrences = 1)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var content = File.Exists(file) ? await ReadSharedAsync(file) : "";
            if (Count(content, text) >= occurrences)
            {
                return content;
            }
            Assert.True(DateTime.UtcNow < deadline, $"'{text}' did not appear {occurrences} time(s) in {file} within {timeout}: {content}");
            await Task.Delay(100);
        }
    }

    public static int Count(string content, string text)
    {
        var count = 0;
        for (var i = content.IndexOf(text, StringComparison.Ordinal); i >= 0; i = content.IndexOf(text, i + text.Length, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }

    private static async Task<string> ReadSharedAsync(string file)
    {
        await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return await reader.ReadToEndAsync();
    }

    /// <summary>The pids of QEMU processes whose command line mentions <paramref name="marker"/> (a test's data folder).</summary>
    public static IReadOnlyList<int> QemuProcesses(string marker) =>
        Directory.GetDirectories("/proc").Select(Path.GetFileName).Where(n => int.TryParse(n, out _)).Select(int.Parse!)
            .Where(pid =>
            {
                try
                {
                    var cmdline = File.ReadAllText($"/proc/{pid}/cmdline");
                    var stat = File.ReadAllText($"/proc/{pid}/stat");
                    return cmdline.Contains("qemu-system", StringComparison.Ordinal) && cmdline.Contains(marker, StringComparison.Ordinal)
                           && stat[(stat.LastIndexOf(')') + 2)..][0] != 'Z';
                }
                catch (IOException)
                {
                    return false;
                }
            }).ToList();

    /// <summary>Asserts the test left no namespace, QEMU or files behind.</summary>
    public static async Task AssertNothingLeftAsync(string dataDir, string namespaceName)
    {
        Assert.Empty(QemuProcesses(dataDir));
        var (_, namespaces) = await RunAsync("ip", "netns", "list");
        Assert.DoesNotContain(namespaceName, namespaces, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dataDir), $"{dataDir} is still there");
    }
}

/// <summary>A network namespace for a test's host side (bridges, taps, QEMUs): only loopback, no route out. Removed on dispose.</summary>
public sealed class TestNamespace : IAsyncDisposable
{
    public string Name { get; } = "sst" + Guid.NewGuid().ToString("N")[..8];

    public static async Task<TestNamespace> CreateAsync()
    {
        var ns = new TestNamespace();
        var (code, output) = await KvmKit.RunAsync("ip", "netns", "add", ns.Name);
        Assert.True(code == 0, $"cannot create namespace {ns.Name}: {output}");
        await KvmKit.RunAsync("ip", "-n", ns.Name, "link", "set", "lo", "up");
        return ns;
    }

    /// <summary>The network devices in the namespace.</summary>
    public async Task<string> LinksAsync() => (await KvmKit.RunAsync("ip", "-n", Name, "-o", "link", "show")).Output;

    public async ValueTask DisposeAsync() => await KvmKit.RunAsync("ip", "netns", "del", Name);
}
