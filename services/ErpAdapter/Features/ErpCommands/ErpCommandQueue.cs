using System.Diagnostics;
using System.Text.Json;
using B2BPortal.Contracts.Events;
using B2BPortal.ErpAdapter.Data;

namespace B2BPortal.ErpAdapter.Features.ErpCommands;

/// <summary>Adds commands in the consumer's transaction; <see cref="ErpCommandSignal"/> wakes the dispatcher once it commits.</summary>
public sealed class ErpCommandQueue(ErpAdapterDbContext db, TimeProvider clock)
{
    public void Enqueue<TEvent>(string kind, string subject, TEvent cause)
        where TEvent : IntegrationEvent
    {
        var now = clock.GetUtcNow();
        db.ErpCommands.Add(new ErpCommand
        {
            Kind = kind,
            Subject = subject,
            Payload = JsonSerializer.Serialize(cause, JsonSerializerOptions.Web),
            TraceParent = Activity.Current?.Id,
            TraceState = Activity.Current?.TraceStateString,
            CreatedAt = now,
            NextAttemptAt = now,
        });
    }

    public static TEvent Read<TEvent>(ErpCommand command) =>
        JsonSerializer.Deserialize<TEvent>(command.Payload, JsonSerializerOptions.Web)
        ?? throw new ErpCommandUnacceptableException($"Command {command.Id} has no payload.");
}

/// <summary>Wakes the dispatcher when a consumer has committed a new command; otherwise it polls.</summary>
public sealed class ErpCommandSignal
{
    private readonly SemaphoreSlim signal = new(0, 1);

    public void Notify()
    {
        if (signal.CurrentCount == 0)
        {
            try { signal.Release(); } catch (SemaphoreFullException) { }
        }
    }

    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => signal.WaitAsync(timeout, cancellationToken);
}
