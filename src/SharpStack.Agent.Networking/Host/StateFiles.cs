namespace SharpStack.Agent.Networking.Host;

/// <summary>Generated files written atomically (temp file + rename) and only when their content changes.</summary>
public static class StateFiles
{
    /// <returns>True when the file was written (it was missing or different).</returns>
    public static bool WriteIfChanged(string path, string content)
    {
        if (File.Exists(path) && File.ReadAllText(path) == content)
        {
            return false;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + ".tmp";
        File.WriteAllText(temp, content);
        File.Move(temp, path, overwrite: true);
        return true;
    }
}
