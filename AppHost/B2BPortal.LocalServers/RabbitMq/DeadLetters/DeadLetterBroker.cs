using System.Globalization;
using System.Text;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace B2BPortal.LocalServers.RabbitMq.DeadLetters;

/// <summary>
/// Reads and replays the messages in <c>_error</c> queues. Reading takes messages without acknowledging them and closes the
/// channel, which puts every one of them back. A replay sends a message to its queue again (without MassTransit's fault headers)
/// and only then removes it from the <c>_error</c> queue, so a failure in between loses nothing (at worst a message is both
/// replayed and still listed; the consumers' inbox drops the duplicate). It moves only the messages that waited when it began:
/// one that fails again comes back to the <c>_error</c> queue and waits for the next replay.
/// </summary>
public sealed class DeadLetterBroker(string connectionString)
{
    private const int MaxListed = 100;
    private const int MaxBodyCharacters = 4_000;

    public async Task<IReadOnlyList<DeadLetter>> ListAsync(DeadLetterQueue queue, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        var letters = new List<DeadLetter>();
        while (letters.Count < MaxListed && await channel.BasicGetAsync(queue.ErrorQueue, autoAck: false, cancellationToken) is { } message)
        {
            letters.Add(Describe(message));
        }

        return letters;
    }

    /// <summary>How many messages were sent back to the consumer's queue.</summary>
    public async Task<int> ReplayAsync(DeadLetterQueue queue, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken);
        await using var channel = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancellationToken);
        var waiting = (await channel.QueueDeclarePassiveAsync(queue.ErrorQueue, cancellationToken)).MessageCount;
        var replayed = 0;
        while (replayed < waiting && await channel.BasicGetAsync(queue.ErrorQueue, autoAck: false, cancellationToken) is { } message)
        {
            var properties = new BasicProperties(message.BasicProperties)
            {
                Persistent = true,
                Headers = message.BasicProperties.Headers?
                    .Where(header => !header.Key.StartsWith("MT-Fault-", StringComparison.Ordinal) && header.Key != "MT-Reason")
                    .ToDictionary(header => header.Key, header => header.Value),
            };
            await channel.BasicPublishAsync("", queue.Queue, mandatory: true, properties, message.Body, cancellationToken);
            await channel.BasicAckAsync(message.DeliveryTag, multiple: false, cancellationToken);
            replayed++;
        }

        return replayed;
    }

    private async Task<IConnection> ConnectAsync(CancellationToken cancellationToken) =>
        await new ConnectionFactory { Uri = new Uri(connectionString), ClientProvidedName = "AppHost dead letters" }.CreateConnectionAsync(cancellationToken);

    private static DeadLetter Describe(BasicGetResult message)
    {
        var headers = (message.BasicProperties.Headers ?? new Dictionary<string, object?>())
            .ToDictionary(header => header.Key, header => Text(header.Value), StringComparer.Ordinal);
        var body = Encoding.UTF8.GetString(message.Body.Span);
        return new DeadLetter(
            message.BasicProperties.MessageId ?? "",
            message.BasicProperties.Type ?? headers.GetValueOrDefault("MT-MessageType"),
            headers.GetValueOrDefault("MT-Fault-ExceptionType"),
            headers.GetValueOrDefault("MT-Fault-Message"),
            headers.GetValueOrDefault("MT-Fault-Timestamp"),
            body.Length > MaxBodyCharacters ? body[..MaxBodyCharacters] + "…" : body);
    }

    private static string Text(object? value) => value switch
    {
        byte[] bytes => Encoding.UTF8.GetString(bytes),
        null => "",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
