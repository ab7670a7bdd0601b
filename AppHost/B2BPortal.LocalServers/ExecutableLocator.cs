namespace B2BPortal.LocalServers;

internal static class ExecutableLocator
{
    public static string Require(string name, string installHint) =>
        Find(name) ?? throw new MissingProgramException($"{name} was not found on PATH. {installHint}");

    public static string? Find(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, name))
            .FirstOrDefault(File.Exists);
}
