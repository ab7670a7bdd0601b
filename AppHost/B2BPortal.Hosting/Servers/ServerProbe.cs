using B2BPortal.Hosting.Servers.Postgres;
using B2BPortal.Hosting.Servers.RabbitMq;
using B2BPortal.Hosting.Servers.Redis;

namespace B2BPortal.Hosting.Servers;

/// <summary>Whether a server answers its own protocol on its port: <c>SELECT 1</c>, the AMQP handshake, <c>PING</c>.</summary>
internal static class ServerProbe
{
    public static Func<CancellationToken, Task<bool>> For(Resource server) => server switch
    {
        PostgresServerResource postgres => probe => PostgresProbe.AnswersAsync(postgres.GetConnectionString(), probe),
        RabbitMqServerResource rabbitMq => probe => AmqpProbe.AnswersAsync(rabbitMq.AmqpPort.Value, probe),
        RedisResource redis => probe => RedisPingProbe.AnswersAsync(redis.Port.Value, probe),
        _ => throw new NotSupportedException($"{server} is not a server."),
    };
}
