namespace B2BPortal.ErpAdapter.Features.Feeds;

/// <summary>How far an ERP feed has been turned into events: the last sequence published (through the outbox).</summary>
public sealed class FeedCursor
{
    public required string Feed { get; init; }
    public long Position { get; set; }

    /// <summary>PostgreSQL's row version (xmin): a second adapter moving the same cursor at once fails instead of publishing twice.</summary>
    public uint Version { get; set; }
}
