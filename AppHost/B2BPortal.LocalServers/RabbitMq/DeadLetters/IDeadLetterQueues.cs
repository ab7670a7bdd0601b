namespace B2BPortal.LocalServers.RabbitMq.DeadLetters;

/// <summary>Where the dead-letter commands learn which <c>_error</c> queues hold messages (AMQP itself cannot list queues).</summary>
public interface IDeadLetterQueues
{
    Task<IReadOnlyList<DeadLetterQueue>> ListAsync(CancellationToken cancellationToken);
}

/// <summary>On a broker resource with the dead-letter commands: where they find its <c>_error</c> queues.</summary>
public sealed record DeadLetterQueuesAnnotation(IDeadLetterQueues Queues) : Aspire.Hosting.ApplicationModel.IResourceAnnotation;
