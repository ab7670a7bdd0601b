using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;

namespace B2BPortal.LocalServers;

/// <summary>
/// PostgreSQL, RabbitMQ and Redis from the OS packages as Aspire resources: executables DCP starts and stops, with health checks and
/// connection strings in Aspire's shape, on 127.0.0.1 only, data kept under one state folder.
/// </summary>
public static class LocalServersExtensions
{
    /// <summary>
    /// The local servers of this AppHost, their data under <paramref name="stateDirectory"/>; <paramref name="reset"/> deletes it
    /// first (databases, queues, cache). Throws <see cref="MissingProgramException"/> before anything is declared when a server's
    /// programs are not installed.
    /// </summary>
    public static LocalServers AddLocalServers(this IDistributedApplicationBuilder builder, string stateDirectory, bool reset = false)
    {
        Postgres.LocalPostgres.RequirePrograms();
        RabbitMq.LocalRabbitMq.RequirePrograms();
        Redis.LocalRedis.RequirePrograms();
        return new LocalServers(builder, PrepareStateDirectory(stateDirectory, reset));
    }

    /// <summary>The state folder as a full path, made to exist; <paramref name="reset"/> empties it first.</summary>
    public static string PrepareStateDirectory(string stateDirectory, bool reset)
    {
        var state = Path.GetFullPath(stateDirectory);
        if (reset && Directory.Exists(state))
        {
            Directory.Delete(state, recursive: true);
        }

        Directory.CreateDirectory(state);
        return state;
    }
}

/// <summary>Adds the servers; each takes the port asked for, else its usual port plus 10,000 when free, else any free port.</summary>
public sealed class LocalServers(IDistributedApplicationBuilder builder, string stateDirectory)
{
    public IDistributedApplicationBuilder Builder { get; } = builder;

    public string StateDirectory { get; } = stateDirectory;

    internal string PathFor(string server) => Path.Combine(StateDirectory, server);

    public Postgres.PostgresCluster AddPostgres(string name, int? port = null) =>
        Postgres.LocalPostgres.Add(this, name, FreePort.Choose(port, 15432));

    public IResourceBuilder<RabbitMq.LocalRabbitMqResource> AddRabbitMQ(string name, int? port = null) =>
        RabbitMq.LocalRabbitMq.Add(this, name, FreePort.Choose(port, 15672));

    public IResourceBuilder<Redis.LocalRedisResource> AddRedis(string name, int? port = null) =>
        Redis.LocalRedis.Add(this, name, FreePort.Choose(port, 16379));
}
