namespace B2BPortal.ErpAdapter.Features.ErpCommands;

/// <summary>
/// A call the ERP must receive (create a sales order, cancel one, write credit terms), stored when its event is consumed and
/// sent by <see cref="ErpCommandDispatcher"/> outside any database transaction. It waits here, durably, for as long as the ERP
/// is down; commands with the same <see cref="Subject"/> (one portal order, one customer) are sent in the order they came.
/// </summary>
public sealed class ErpCommand
{
    public const int MaxTextLength = 500;

    public long Id { get; init; }
    public required string Kind { get; init; }

    /// <summary>What the command is about (<c>order:{id}</c>, <c>customer:{id}</c>); one subject's commands go one after the other.</summary>
    public required string Subject { get; init; }

    /// <summary>The integration event that asked for the call, as JSON; its id is the ERP call's idempotency key.</summary>
    public required string Payload { get; init; }

    public string? TraceParent { get; init; }
    public string? TraceState { get; init; }
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the command may next be sent: at once when new, later and later after each failure.</summary>
    public DateTimeOffset NextAttemptAt { get; set; }

    /// <summary>Until when the instance sending it holds it; another instance takes it after that (the first one crashed, say).</summary>
    public DateTimeOffset? LeasedUntil { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>How the ERP answered: done, refused (and why), or parked (a request the ERP can never accept; see the logs).</summary>
    public string? Outcome { get; set; }

    public static string Bounded(string text) => text.Length <= MaxTextLength ? text : text[..(MaxTextLength - 1)] + "…";
}

/// <summary>What came of sending a command: the outcome to record, and what else to write with it (events, links).</summary>
public sealed record ErpCommandResult(string Outcome, Action<ErpCommandRecording>? Record = null);

/// <summary>Where a result is written, in one transaction with the command's completion.</summary>
public sealed record ErpCommandRecording(Data.ErpAdapterDbContext Db, BuildingBlocks.Messaging.IIntegrationEventOutbox Outbox);

/// <summary>Sends one kind of command to the ERP. Throws for a failure worth retrying; answers a result for anything final.</summary>
public interface IErpCommandHandler
{
    string Kind { get; }

    Task<ErpCommandResult> SendAsync(ErpCommand command, CancellationToken cancellationToken);
}

/// <summary>A command the ERP can never accept as sent (it answered 4xx other than a business refusal): parked, not retried.</summary>
public sealed class ErpCommandUnacceptableException(string message, Exception? inner = null) : Exception(message, inner);
