namespace B2BPortal.Hosting;

public static class ResourceBuilderExtensions
{
    /// <summary>
    /// Injects where <paramref name="source"/> is, with Aspire's names: <c>ConnectionStrings__{name}</c> for servers,
    /// databases and schemas; <c>services__{name}__http__0</c> for projects.
    /// </summary>
    public static IResourceBuilder<T> WithReference<T>(this IResourceBuilder<T> builder, IResourceBuilder<Resource> source)
        where T : Resource, IResourceWithEnvironment
    {
        if (source.Resource is not (IResourceWithConnectionString or ProjectResource))
        {
            throw new ArgumentException($"{source.Resource} has neither a connection string nor an HTTP endpoint to refer to.", nameof(source));
        }

        builder.Resource.References.Add(source.Resource);
        return builder;
    }

    /// <summary>Starts the resource only once <paramref name="dependency"/> is healthy; if the dependency fails, this one is not started.</summary>
    public static IResourceBuilder<T> WaitFor<T>(this IResourceBuilder<T> builder, IResourceBuilder<Resource> dependency)
        where T : Resource =>
        builder.AddWait(dependency.Resource, WaitKind.Healthy);

    /// <summary>Starts the resource only once <paramref name="dependency"/> has exited with code 0.</summary>
    public static IResourceBuilder<T> WaitForCompletion<T>(this IResourceBuilder<T> builder, IResourceBuilder<ExecutableResource> dependency)
        where T : Resource =>
        builder.AddWait(dependency.Resource, WaitKind.Completion);

    public static IResourceBuilder<T> WithEnvironment<T>(this IResourceBuilder<T> builder, string name, string value)
        where T : Resource, IResourceWithEnvironment
    {
        builder.Resource.Environment[name] = value;
        return builder;
    }

    /// <summary>Pins the HTTP port; without this call a free port is chosen at start and kept across restarts.</summary>
    public static IResourceBuilder<ProjectResource> WithHttpEndpoint(this IResourceBuilder<ProjectResource> builder, int? port = null)
    {
        builder.Resource.HttpPort.Requested = port;
        return builder;
    }

    /// <summary>Turns Redis's append-only file on (data survives restarts) or off.</summary>
    public static IResourceBuilder<RedisResource> WithPersistence(this IResourceBuilder<RedisResource> builder, bool appendOnly = true)
    {
        builder.Resource.AppendOnly = appendOnly;
        return builder;
    }

    /// <summary>
    /// The server already runs elsewhere (a Testcontainers container, a shared development server) on 127.0.0.1:<paramref name="port"/>
    /// with the development credentials: nothing is started for it, it is healthy once it answers, and references point there.
    /// </summary>
    public static IResourceBuilder<T> RunningElsewhere<T>(this IResourceBuilder<T> builder, int port)
        where T : Resource, IResourceWithConnectionString
    {
        builder.Resource.MarkRunningElsewhere(port);
        return builder;
    }

    private static IResourceBuilder<T> AddWait<T>(this IResourceBuilder<T> builder, Resource dependency, WaitKind kind)
        where T : Resource
    {
        if (ReferenceEquals(dependency, builder.Resource))
        {
            throw new ArgumentException($"{builder.Resource} cannot wait for itself.", nameof(dependency));
        }

        builder.Resource.Waits.Add(new ResourceWait(dependency, kind));
        return builder;
    }
}
