using B2BPortal.Hosting.Servers.Postgres;
using B2BPortal.Hosting.Servers.RabbitMq;
using B2BPortal.Hosting.Servers.Redis;

namespace B2BPortal.Hosting.Servers;

/// <summary>Waits for a server that runs elsewhere to answer its protocol on its port.</summary>
internal static class ExternalServer
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);

    public static async Task WaitUntilAnswersAsync(Resource server, CancellationToken cancellationToken)
    {
        Func<CancellationToken, Task<bool>> answers = server switch
        {
            PostgresServerResource postgres => probe => PostgresProbe.AnswersAsync(postgres.GetConnectionString(), probe),
            RabbitMqServerResource rabbitMq => probe => AmqpProbe.AnswersAsync(rabbitMq.AmqpPort.Value, probe),
            RedisResource redis => probe => RedisPingProbe.AnswersAsync(redis.Port.Value, probe),
            _ => throw new NotSupportedException($"{server} cannot run elsewhere."),
        };

        while (!await AnswersQuietlyAsync(answers, cancellationToken))
        {
            await Task.Delay(Interval, cancellationToken);
        }
    }

    private static async Task<bool> AnswersQuietlyAsync(Func<CancellationToken, Task<bool>> answers, CancellationToken cancellationToken)
    {
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        attempt.CancelAfter(TimeSpan.FromSeconds(5));
        try
        {
            return await answers(attempt.Token);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
