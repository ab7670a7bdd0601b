namespace B2BPortal.LocalServers.RabbitMq.DeadLetters;

/// <summary>A message that failed every retry, with what MassTransit recorded about the failure.</summary>
public sealed record DeadLetter(string MessageId, string? MessageType, string? ExceptionType, string? ExceptionMessage, string? FaultedAt, string Body);

/// <summary>An <c>_error</c> queue MassTransit keeps next to a consumer's queue, and how many messages wait in it.</summary>
public sealed record DeadLetterQueue(string ErrorQueue, long Count)
{
    public const string Suffix = "_error";

    /// <summary>The consumer's queue the messages are sent back to.</summary>
    public string Queue => ErrorQueue[..^Suffix.Length];
}
