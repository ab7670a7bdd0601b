using MassTransit;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace B2BPortal.BuildingBlocks.Messaging;

/// <summary>
/// Base of every consumer: records the message id in the inbox in the same transaction as the handler's effect
/// (and any events the handler adds to the outbox), so a redelivered or duplicated message has no second effect.
/// The handler runs inside one database transaction, so a library that saves on its own (ASP.NET Core Identity's
/// <c>UserManager</c>) still commits together with the inbox record; plain handlers just change tracked entities.
/// Exceptions propagate, so MassTransit retries with back-off and finally moves the message to <c>_error</c>.
/// </summary>
public abstract class InboxConsumer<TMessage, TDbContext>(TDbContext db) : IConsumer<TMessage>
    where TMessage : class
    where TDbContext : DbContext, IMessagingDbContext
{
    protected TDbContext Db { get; } = db;

    public async Task Consume(ConsumeContext<TMessage> context)
    {
        if (!Concerns(context.Message))
        {
            return;
        }

        var messageId = context.MessageId ?? throw new InvalidOperationException("A message without a MessageId cannot be de-duplicated.");
        var consumer = GetType().Name;
        var cancellationToken = context.CancellationToken;

        if (await Db.InboxMessages.AnyAsync(m => m.MessageId == messageId && m.Consumer == consumer, cancellationToken))
        {
            MessagingMetrics.Duplicate(consumer);
            return;
        }

        try
        {
            await using var transaction = await Db.Database.BeginTransactionAsync(cancellationToken);
            Db.InboxMessages.Add(new InboxMessage
            {
                MessageId = messageId,
                Consumer = consumer,
                MessageType = typeof(TMessage).FullName!,
                HandledAt = DateTimeOffset.UtcNow,
            });
            await HandleAsync(context, cancellationToken);
            await Db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            Committed();
        }
        catch (DbUpdateException exception) when (IsInboxConflict(exception))
        {
            // The same message is being handled concurrently and the other delivery committed first.
            MessagingMetrics.Duplicate(consumer);
        }
        finally
        {
            Db.ChangeTracker.Clear();
        }
    }

    /// <summary>
    /// Whether the message can have an effect here at all. One that cannot is acknowledged without touching the database: a
    /// redelivery of it has no effect either, so it needs no inbox record.
    /// </summary>
    protected virtual bool Concerns(TMessage message) => true;

    /// <summary>Called once the handler's work is committed (not for a duplicate): to wake whatever acts on what it stored.</summary>
    protected virtual void Committed()
    {
    }

    protected abstract Task HandleAsync(ConsumeContext<TMessage> context, CancellationToken cancellationToken);

    private static bool IsInboxConflict(DbUpdateException exception) =>
        exception.InnerException is PostgresException
        {
            SqlState: PostgresErrorCodes.UniqueViolation,
            ConstraintName: MessagingModelBuilderExtensions.InboxPrimaryKey,
        };
}
