using System.Net;
using System.Net.Sockets;
using B2BPortal.Hosting;
using B2BPortal.Hosting.Servers;
using B2BPortal.Hosting.Servers.Containers;
using DotNet.Testcontainers.Containers;
using Testcontainers.PostgreSql;
using Testcontainers.RabbitMq;
using Testcontainers.Redis;

namespace B2BPortal.Tests.Infrastructure;

/// <summary>
/// Real PostgreSQL, RabbitMQ and Redis for one test environment: Testcontainers when a Docker engine answers, otherwise
/// local server processes that the orchestrator starts on free ports. Containers are bound to a fixed host port so that
/// a stopped server comes back where its clients expect it; Testcontainers' reaper removes them if the run dies.
/// </summary>
public sealed class TestServers : IAsyncDisposable
{
    private static readonly Lazy<Task<bool>> DockerReachable = new(() => DockerEngine.IsAvailableAsync(CancellationToken.None));
    private readonly Dictionary<string, IContainer> containers = [];

    private TestServers(bool useContainers) => UseContainers = useContainers;

    public bool UseContainers { get; }

    public static async Task<TestServers> CreateAsync() => new(await DockerReachable.Value);

    public async Task<IResourceBuilder<PostgresServerResource>> AddPostgresAsync(DistributedApplicationBuilder builder, string name)
    {
        var postgres = builder.AddPostgres(name);
        return UseContainers ? postgres.RunningElsewhere(await StartContainerAsync(name, port => new PostgreSqlBuilder("postgres:15")
            .WithUsername(DevelopmentCredentials.PostgresSuperuser)
            .WithPassword(DevelopmentCredentials.PostgresSuperuserPassword)
            .WithPortBinding(port, PostgreSqlBuilder.PostgreSqlPort)
            .Build())) : postgres;
    }

    public async Task<IResourceBuilder<RabbitMqServerResource>> AddRabbitMqAsync(DistributedApplicationBuilder builder, string name)
    {
        var rabbitMq = builder.AddRabbitMQ(name);
        return UseContainers ? rabbitMq.RunningElsewhere(await StartContainerAsync(name, port => new RabbitMqBuilder("rabbitmq:3.10")
            .WithUsername(DevelopmentCredentials.RabbitMqUser)
            .WithPassword(DevelopmentCredentials.RabbitMqPassword)
            .WithPortBinding(port, RabbitMqBuilder.RabbitMqPort)
            .Build())) : rabbitMq;
    }

    public async Task<IResourceBuilder<RedisResource>> AddRedisAsync(DistributedApplicationBuilder builder, string name)
    {
        var redis = builder.AddRedis(name);
        return UseContainers ? redis.RunningElsewhere(await StartContainerAsync(name, port => new RedisBuilder("redis:7")
            .WithPortBinding(port, RedisBuilder.RedisPort)
            .Build())) : redis;
    }

    /// <summary>Stops a server (container or local process), keeping its data and port.</summary>
    public Task StopAsync(DistributedApplication app, string name) =>
        containers.TryGetValue(name, out var container) ? container.StopAsync() : app.StopResourceAsync(name);

    public Task StartAsync(DistributedApplication app, string name) =>
        containers.TryGetValue(name, out var container) ? container.StartAsync() : app.StartResourceAsync(name);

    public async ValueTask DisposeAsync()
    {
        foreach (var container in containers.Values)
        {
            await container.DisposeAsync();
        }
    }

    private async Task<int> StartContainerAsync(string name, Func<int, IContainer> build)
    {
        var port = FreeTcpPort();
        var container = build(port);
        containers[name] = container;
        await container.StartAsync();
        return port;
    }

    public static int FreeTcpPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
