using System.Diagnostics;
using B2BPortal.LocalServers;
using B2BPortal.LocalServers.Postgres;
using B2BPortal.LocalServers.RabbitMq.DeadLetters;

namespace B2BPortal.AppHost;

/// <summary>
/// PostgreSQL, RabbitMQ and Redis, chosen here and nowhere else: Aspire's own container integrations where a container runtime
/// answers, the OS packages' servers as resources of our own (<c>B2BPortal.LocalServers</c>) where none does. Either way the
/// resources have the same names, the services get the same connection strings, data lives in the state folder (which
/// <c>--reset</c> empties), and the broker has the dead-letter commands.
/// </summary>
internal sealed record PortalServers(
    PostgresCluster Postgres, IResourceBuilder<IResourceWithConnectionString> Messaging, IResourceBuilder<IResourceWithConnectionString> Redis)
{
    /// <summary>Throws <see cref="MissingProgramException"/> when the OS packages are chosen and a server's programs are missing.</summary>
    public static PortalServers Add(IDistributedApplicationBuilder builder, AppHostCommandLine commandLine, string stateDirectory)
    {
        var containers = commandLine.Servers == ServerKind.Containers
            || (commandLine.Servers == ServerKind.Auto && ContainerRuntimeAnswers(builder.Configuration));
        return containers
            ? AddContainers(builder, commandLine, LocalServersExtensions.PrepareStateDirectory(stateDirectory, commandLine.ResetState))
            : AddLocal(builder, commandLine, stateDirectory);
    }

    private static PortalServers AddLocal(IDistributedApplicationBuilder builder, AppHostCommandLine commandLine, string stateDirectory)
    {
        var servers = builder.AddLocalServers(stateDirectory, commandLine.ResetState);
        var messaging = servers.AddRabbitMQ("messaging", commandLine.RabbitMqPort);
        messaging.WithDeadLetterCommands(messaging.Resource);
        return new PortalServers(servers.AddPostgres("postgres", commandLine.PostgresPort), messaging, servers.AddRedis("redis", commandLine.RedisPort));
    }

    private static PortalServers AddContainers(IDistributedApplicationBuilder builder, AppHostCommandLine commandLine, string stateDirectory)
    {
        var postgres = builder.AddPostgres("postgres",
                builder.AddParameter("postgres-user", DevelopmentCredentials.PostgresSuperuser),
                builder.AddParameter("postgres-password", DevelopmentCredentials.PostgresSuperuserPassword, secret: true),
                commandLine.PostgresPort)
            .WithDataBindMount(Path.Combine(stateDirectory, "postgres-container"))
            .WithArgs("-c", "max_connections=500", "-c", "log_autovacuum_min_duration=250ms");
        var messaging = builder.AddRabbitMQ("messaging",
                builder.AddParameter("messaging-user", DevelopmentCredentials.RabbitMqContainerUser),
                builder.AddParameter("messaging-password", DevelopmentCredentials.RabbitMqContainerPassword, secret: true),
                commandLine.RabbitMqPort)
            .WithManagementPlugin()
            .WithDataBindMount(Path.Combine(stateDirectory, "rabbitmq-container"));
        messaging.WithDeadLetterCommands(new ManagementApiQueues(messaging.Resource));
        var redis = builder.AddRedis("redis", commandLine.RedisPort)
            .WithDataBindMount(Path.Combine(stateDirectory, "redis-container"))
            .WithPersistence();
        return new PortalServers(PostgresCluster.On(postgres, postgres.Resource.PrimaryEndpoint), messaging, redis);
    }

    /// <summary>
    /// Whether the runtime Aspire would use (<c>DcpPublisher:ContainerRuntime</c>, else <c>ASPIRE_CONTAINER_RUNTIME</c>, else docker)
    /// answers <c>info</c> within 10 s.
    /// </summary>
    private static bool ContainerRuntimeAnswers(Microsoft.Extensions.Configuration.IConfiguration configuration)
    {
        var runtime = configuration["DcpPublisher:ContainerRuntime"] ?? configuration["ASPIRE_CONTAINER_RUNTIME"] ?? "docker";
        try
        {
            using var process = Process.Start(new ProcessStartInfo(runtime, "info")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            _ = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(10)))
            {
                process.Kill(entireProcessTree: true);
                return false;
            }

            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // not installed
        }
    }
}

/// <summary>Which servers AppHost runs: <c>--servers auto|local|containers</c>.</summary>
internal enum ServerKind
{
    Auto,
    Local,
    Containers,
}
