namespace B2BPortal.BuildingBlocks.Messaging;

public sealed class MessagingOptions
{
    public int RelayBatchSize { get; set; } = 100;
    public TimeSpan RelayPollInterval { get; set; } = TimeSpan.FromSeconds(1);
    public TimeSpan RelayMaxBackoff { get; set; } = TimeSpan.FromSeconds(30);
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);
    public TimeSpan KeepSentOutboxMessages { get; set; } = TimeSpan.FromDays(7);
    public TimeSpan KeepInboxMessages { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Immediate retries of a failing consumer, with exponential back-off, before the message goes to <c>_error</c>.</summary>
    public int ConsumerRetryLimit { get; set; } = 5;
    public TimeSpan ConsumerRetryMinInterval { get; set; } = TimeSpan.FromMilliseconds(200);
    public TimeSpan ConsumerRetryMaxInterval { get; set; } = TimeSpan.FromSeconds(10);
}
