namespace B2BPortal.Hosting.Servers.Containers;

internal sealed record ContainerSpec(
    string Name,
    string Image,
    int HostPort,
    int ContainerPort,
    IReadOnlyDictionary<string, string> Environment,
    IReadOnlyList<string> Command)
{
    public static ContainerSpec Postgres(PostgresServerResource server) => new(
        NameFor(server, server.Port.Value),
        "postgres:15",
        server.Port.Value,
        5432,
        new Dictionary<string, string>
        {
            ["POSTGRES_USER"] = DevelopmentCredentials.PostgresSuperuser,
            ["POSTGRES_PASSWORD"] = DevelopmentCredentials.PostgresSuperuserPassword,
            ["POSTGRES_HOST_AUTH_METHOD"] = "scram-sha-256",
            ["POSTGRES_INITDB_ARGS"] = "--auth=scram-sha-256",
        },
        []);

    /// <summary>The image lets guest log in from outside the container (its config sets loopback_users.guest = false).</summary>
    public static ContainerSpec RabbitMq(RabbitMqServerResource server) => new(
        NameFor(server, server.AmqpPort.Value),
        "rabbitmq:3.10",
        server.AmqpPort.Value,
        5672,
        new Dictionary<string, string>(),
        []);

    public static ContainerSpec Redis(RedisResource redis) => new(
        NameFor(redis, redis.Port.Value),
        "redis:7",
        redis.Port.Value,
        6379,
        new Dictionary<string, string>(),
        ["redis-server", "--save", "", "--appendonly", redis.AppendOnly ? "yes" : "no"]);

    private static string NameFor(Resource resource, int port) => $"portal-{resource.Name}-{port}";
}
