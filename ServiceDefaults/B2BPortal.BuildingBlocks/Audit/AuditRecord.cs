using System.Text.Json;
using B2BPortal.Contracts.Audit;

namespace B2BPortal.BuildingBlocks.Audit;

/// <summary>
/// One audited action in a service's <c>audit_records</c>. Written once, in the transaction of the change it records; the database
/// numbers it in its account's chain and hashes it over the previous record's hash (<see cref="AuditChainSql"/>), and refuses
/// to update or delete it.
/// </summary>
public sealed class AuditRecord
{
    public const int MaxSummaryLength = 1000;
    public const int MaxTextLength = 200;
    public const int MaxUserAgentLength = 512;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid AccountId { get; init; }

    /// <summary>Set by the database: the record's place in its account's chain, from 1.</summary>
    public long Sequence { get; private set; }

    /// <summary>Set by the database: the hash of the account's previous record (null for the first).</summary>
    public byte[]? PreviousHash { get; private set; }

    /// <summary>Set by the database: SHA-256 over the previous hash and every other column.</summary>
    public byte[]? Hash { get; private set; }

    public DateTimeOffset OccurredAt { get; init; }
    public required string Service { get; init; }
    public required string Action { get; init; }

    /// <summary>What a person would search by: an order number, an email, a client id.</summary>
    public string? Target { get; init; }

    /// <summary>The id of the thing changed (an order id, a membership id).</summary>
    public string? SubjectId { get; init; }

    public required string Summary { get; init; }
    public required string ActorKind { get; init; }
    public string? ActorId { get; init; }
    public required string ActorName { get; init; }
    public string? OnBehalfOf { get; init; }
    public string? IpAddress { get; init; }
    public string? UserAgent { get; init; }

    /// <summary>The changed fields as a JSON array of <see cref="AuditChangeDto"/>.</summary>
    public string Changes { get; init; } = "[]";

    public int Status { get; init; }
    public string? ProblemType { get; init; }
    public string? CorrelationId { get; init; }
    public string? TraceId { get; init; }

    public AuditRecordDto ToDto() => new(Id, AccountId, Service, Sequence, OccurredAt, Action, Target, SubjectId, Summary,
        new AuditActorDto(ActorKind, ActorId, ActorName, OnBehalfOf), IpAddress, UserAgent,
        JsonSerializer.Deserialize<List<AuditChangeDto>>(Changes, AuditJson.Options) ?? [], Status, ProblemType, CorrelationId, TraceId);
}

internal static class AuditJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
