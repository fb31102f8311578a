using System.Security.Cryptography;

namespace SharpStack.Server;

/// <summary>Files of the data folder that only the server may read (mode 0600).</summary>
public static class DataDirectory
{
    public static void Ensure(string dir)
    {
        Directory.CreateDirectory(dir);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(dir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    public static void WritePrivate(string path, string content)
    {
        var temp = path + ".tmp";
        File.WriteAllText(temp, content);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temp, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>The server key: from configuration, else from server.key, created on first start.</summary>
    public static byte[] ServerKey(ServerOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.ServerKey))
        {
            var configured = Convert.FromBase64String(options.ServerKey);
            return configured.Length == 32 ? configured : throw new InvalidOperationException("ServerKey must be base64 of 32 bytes");
        }
        var path = Path.Combine(options.DataDir, "server.key");
        if (!File.Exists(path))
        {
            WritePrivate(path, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        }
        var key = Convert.FromBase64String(File.ReadAllText(path).Trim());
        return key.Length == 32 ? key : throw new InvalidOperationException($"{path} must hold base64 of 32 bytes");
    }

    /// <summary>This server's identity, kept across restarts so it recognises its own interrupted jobs.</summary>
    public static Guid ServerId(ServerOptions options)
    {
        var path = Path.Combine(options.DataDir, "server-id");
        if (File.Exists(path) && Guid.TryParse(File.ReadAllText(path).Trim(), out var id))
        {
            return id;
        }
        id = Guid.NewGuid();
        WritePrivate(path, id.ToString());
        return id;
    }
}
