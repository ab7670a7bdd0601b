using Refit;

namespace B2BPortal.Contracts.Audit;

/// <summary>
/// One audited action, as recorded in the same transaction as the change it describes, and chained to the account's previous
/// record of the same service (<see cref="Sequence"/>).
/// </summary>
public sealed record AuditRecordDto(
    Guid Id,
    Guid AccountId,
    string Service,
    long Sequence,
    DateTimeOffset OccurredAt,
    string Action,
    string? Target,
    string? SubjectId,
    string Summary,
    AuditActorDto Actor,
    string? IpAddress,
    string? UserAgent,
    IReadOnlyList<AuditChangeDto> Changes,
    int Status,
    string? ProblemType,
    string? CorrelationId,
    string? TraceId);

/// <summary>Who acted: a user, a partner system (on behalf of <see cref="OnBehalfOf"/>), or the portal itself.</summary>
public sealed record AuditActorDto(string Kind, string? Id, string Name, string? OnBehalfOf);

/// <summary>A field the action changed, with its value before and after (null where it had none).</summary>
public sealed record AuditChangeDto(string Field, string? Before, string? After);

/// <summary>A page of the trail, newest first; <see cref="Next"/> is the cursor of the next page, null on the last.</summary>
public sealed record AuditPageDto(IReadOnlyList<AuditRecordDto> Records, string? Next);

/// <summary>
/// The result of walking an account's chain in one service: every record's hash recomputed, every link and sequence number checked.
/// <see cref="FirstBroken"/> names the first record that does not fit; <see cref="HeadHash"/> can be kept elsewhere to prove later
/// that nothing after it was cut off.
/// </summary>
public sealed record AuditVerificationDto(
    string Service, Guid AccountId, long Records, long HeadSequence, string? HeadHash, AuditBrokenLinkDto? FirstBroken, DateTimeOffset CheckedAt)
{
    public bool Intact => FirstBroken is null;
}

public sealed record AuditBrokenLinkDto(long Sequence, Guid RecordId, string Reason);

/// <summary>The account's trail verified in every service that keeps one.</summary>
public sealed record AccountAuditVerificationDto(Guid AccountId, bool Intact, IReadOnlyList<AuditVerificationDto> Services);

public static class AuditActorKinds
{
    public const string User = "user";
    public const string Partner = "partner";
    public const string System = "system";
    public const string Anonymous = "anonymous";
}

/// <summary>The filters of <c>GET …/audit</c>, as query parameters; <see cref="From"/> and <see cref="To"/> are ISO 8601 times.</summary>
public sealed record AuditQuery(
    string? Actor = null, string? Action = null, string? Target = null, string? From = null, string? To = null, string? Before = null, int Take = 100);

/// <summary>The audit routes every audited service answers (the BFF asks each and merges).</summary>
public interface IAuditTrailApi
{
    [Get("/api/v1/accounts/{accountId}/audit")]
    Task<AuditPageDto> ListAsync(Guid accountId, [Query] AuditQuery query, [Authorize("Bearer")] string accessToken, CancellationToken cancellationToken = default);

    [Get("/api/v1/accounts/{accountId}/audit/verification")]
    Task<AuditVerificationDto> VerifyAsync(Guid accountId, [Authorize("Bearer")] string accessToken, CancellationToken cancellationToken = default);
}
