namespace B2BPortal.Hosting.Processes;

internal static class ExecutableLocator
{
    private const string SystemDirectories = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

    public static string? Find(string command)
    {
        if (command.Contains('/'))
        {
            return File.Exists(command) ? Path.GetFullPath(command) : null;
        }

        var path = $"{Environment.GetEnvironmentVariable("PATH")}:{SystemDirectories}";
        return path.Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, command))
            .FirstOrDefault(File.Exists);
    }

    public static string Require(string command, string hint) =>
        Find(command) ?? throw new LaunchException($"'{command}' was not found on PATH. {hint}");
}
