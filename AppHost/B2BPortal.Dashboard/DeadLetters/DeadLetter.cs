namespace B2BPortal.Dashboard.DeadLetters;

/// <summary>A queue's dead letters as the services report them (<c>portal.queue.dead_letters</c>).</summary>
public sealed record DeadLetterQueue(string Queue, string Resource, long Count, DateTimeOffset ReportedAt);

/// <summary>A message that failed every retry, with what MassTransit recorded about the failure.</summary>
public sealed record DeadLetter(
    string MessageId,
    string? MessageType,
    string? ExceptionType,
    string? ExceptionMessage,
    string? FaultedAt,
    IReadOnlyDictionary<string, string> Headers,
    string Body);
