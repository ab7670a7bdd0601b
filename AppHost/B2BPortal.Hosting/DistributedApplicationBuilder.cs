using B2BPortal.Hosting.Orchestration;

namespace B2BPortal.Hosting;

public sealed class DistributedApplicationBuilder
{
    private readonly List<Resource> resources = [];
    private readonly HostingSettings settings;

    internal DistributedApplicationBuilder(DistributedApplicationOptions options)
    {
        settings = HostingSettings.Resolve(options);
    }

    public string RepositoryRoot => settings.RepositoryRoot;

    public string StateDirectory => settings.StateDirectory;

    public IReadOnlyList<IResource> Resources => resources;

    public IResourceBuilder<PostgresServerResource> AddPostgres(string name, int? port = null) =>
        AddResource(new PostgresServerResource(name, port));

    public IResourceBuilder<RabbitMqServerResource> AddRabbitMQ(string name, int? port = null) =>
        AddResource(new RabbitMqServerResource(name, port));

    public IResourceBuilder<RedisResource> AddRedis(string name, int? port = null) =>
        AddResource(new RedisResource(name, port));

    /// <param name="projectPath">The .csproj, relative to the repository root.</param>
    public IResourceBuilder<ProjectResource> AddProject(string name, string projectPath) =>
        AddResource(new ProjectResource(name, projectPath));

    /// <param name="workingDirectory">Relative to the repository root.</param>
    public IResourceBuilder<ExecutableResource> AddExecutable(string name, string command, string workingDirectory, params string[] args) =>
        AddResource(new ExecutableResource(name, command, workingDirectory, args));

    public IResourceBuilder<T> AddResource<T>(T resource) where T : Resource
    {
        if (resources.Any(existing => existing.Name == resource.Name))
        {
            throw new ArgumentException($"A resource named '{resource.Name}' already exists.", nameof(resource));
        }

        resources.Add(resource);
        return new ResourceBuilder<T>(resource, this);
    }

    public DistributedApplication Build()
    {
        ResourceGraph.ThrowIfInvalid(resources);
        return new DistributedApplication(settings, [.. resources]);
    }
}
