namespace B2BPortal.Hosting;

/// <summary>A command run once to completion (a build step); it is up when it has exited with code 0.</summary>
public sealed class ExecutableResource : Resource, IResourceWithEnvironment
{
    internal ExecutableResource(string name, string command, string workingDirectory, IReadOnlyList<string> arguments)
        : base(name)
    {
        Command = command;
        WorkingDirectory = workingDirectory;
        Arguments = arguments;
    }

    public override string TypeName => "Executable";

    public string Command { get; }

    /// <summary>Relative to the repository root.</summary>
    public string WorkingDirectory { get; }

    public IReadOnlyList<string> Arguments { get; }
}
