using System.Diagnostics;
using System.Text.Json;
using B2BPortal.Contracts.Events;
using Microsoft.EntityFrameworkCore;

namespace B2BPortal.BuildingBlocks.Messaging;

internal sealed class EfIntegrationEventOutbox<TDbContext>(TDbContext db, OutboxSignal signal) : IIntegrationEventOutbox
    where TDbContext : DbContext, IMessagingDbContext
{
    public void Add(IntegrationEvent integrationEvent)
    {
        var activity = Activity.Current;
        db.OutboxMessages.Add(new OutboxMessage
        {
            MessageId = integrationEvent.EventId,
            MessageType = MessageJson.TypeName(integrationEvent.GetType()),
            Body = JsonSerializer.Serialize(integrationEvent, integrationEvent.GetType(), MessageJson.Options),
            AccountId = integrationEvent.AccountId,
            CorrelationId = integrationEvent.CorrelationId,
            OccurredAt = integrationEvent.OccurredAt,
            TraceParent = activity?.Id is { } id && activity.IdFormat == ActivityIdFormat.W3C ? id : null,
            TraceState = activity?.TraceStateString,
        });
        signal.NoteOutboxRow(db);
    }
}

internal static class MessageJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    /// <summary>"Namespace.Type, Assembly": enough to load the type again without pinning an assembly version.</summary>
    public static string TypeName(Type type) => $"{type.FullName}, {type.Assembly.GetName().Name}";

    public static Type ResolveEventType(string messageType) =>
        Type.GetType(messageType, throwOnError: false)
        ?? throw new InvalidOperationException($"Unknown integration event type '{messageType}'.");
}
