using System.Text;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using RabbitMQ.Client.Exceptions;

namespace B2BPortal.Dashboard.DeadLetters;

/// <summary>
/// Reads and replays the messages in a queue's <c>_error</c> queue. Reading takes messages without acknowledging them
/// and closes the channel, which puts every one of them back; a replay sends the message to its queue again (without
/// MassTransit's fault headers) and only then removes it from the <c>_error</c> queue, so a failure in between loses
/// nothing (at worst the message is both replayed and still listed; the consumers' inbox drops the duplicate).
/// </summary>
public sealed class DeadLetterBroker(Func<CancellationToken, Task<string>> connectionString)
{
    private const int MaxListed = 100;
    private const int MaxBodyCharacters = 20_000;

    public async Task<IReadOnlyList<DeadLetter>> ListAsync(string queue, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        var letters = new List<DeadLetter>();
        try
        {
            while (letters.Count < MaxListed && await channel.BasicGetAsync($"{queue}_error", autoAck: false, cancellationToken) is { } message)
            {
                letters.Add(Describe(message));
            }
        }
        catch (OperationInterruptedException exception) when (exception.ShutdownReason?.ReplyCode == 404)
        {
            return [];
        }

        return letters;
    }

    /// <summary>False when no message with that id waits in the queue's <c>_error</c> queue.</summary>
    public async Task<bool> ReplayAsync(string queue, string messageId, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken);
        await using var channel = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancellationToken);
        try
        {
            while (await channel.BasicGetAsync($"{queue}_error", autoAck: false, cancellationToken) is { } message)
            {
                if (message.BasicProperties.MessageId != messageId)
                {
                    continue;
                }

                var properties = new BasicProperties(message.BasicProperties)
                {
                    Persistent = true,
                    Headers = message.BasicProperties.Headers?
                        .Where(header => !header.Key.StartsWith("MT-Fault-", StringComparison.Ordinal) && header.Key != "MT-Reason")
                        .ToDictionary(header => header.Key, header => header.Value),
                };
                await channel.BasicPublishAsync("", queue, mandatory: true, properties, message.Body, cancellationToken);
                await channel.BasicAckAsync(message.DeliveryTag, multiple: false, cancellationToken);
                return true;
            }
        }
        catch (OperationInterruptedException exception) when (exception.ShutdownReason?.ReplyCode == 404)
        {
            return false;
        }

        return false;
    }

    private async Task<IConnection> ConnectAsync(CancellationToken cancellationToken) =>
        await new ConnectionFactory { Uri = new Uri(await connectionString(cancellationToken)), ClientProvidedName = "dashboard dead letters" }
            .CreateConnectionAsync(cancellationToken);

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
            headers,
            body.Length > MaxBodyCharacters ? body[..MaxBodyCharacters] + "…" : body);
    }

    private static string Text(object? value) => value switch
    {
        byte[] bytes => Encoding.UTF8.GetString(bytes),
        null => "",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };
}
