using System.Diagnostics;
using B2BPortal.Contracts.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace B2BPortal.BuildingBlocks.Audit;

/// <summary>
/// Adds audit records to the request's unit of work, so each commits (or not) with the change it records. Who, from where and
/// under which trace come from the request; what changed comes from the caller.
/// </summary>
public sealed class AuditTrail(IAuditDbContext db, IHttpContextAccessor httpContextAccessor, IOptions<AuditOptions> options, TimeProvider clock)
{
    public const string CorrelationHeader = "X-Correlation-Id";

    public void Record(Guid accountId, string action, string summary, AuditDetails? details = null)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        db.AuditRecords.Add(Create(accountId, action, summary, details ?? new AuditDetails(), httpContextAccessor.HttpContext));
    }

    internal AuditRecord Create(Guid accountId, string action, string summary, AuditDetails details, HttpContext? http)
    {
        var actor = details.Actor ?? (http is null ? AuditActor.Portal : AuditActor.Of(http));
        return new AuditRecord
        {
            AccountId = accountId,
            OccurredAt = clock.GetUtcNow(),
            Service = options.Value.Service,
            Action = action,
            Target = Bounded(details.Target, AuditRecord.MaxTextLength),
            SubjectId = Bounded(details.SubjectId, 64),
            Summary = Bounded(summary, AuditRecord.MaxSummaryLength)!,
            ActorKind = actor.Kind,
            ActorId = Bounded(actor.Id, AuditRecord.MaxTextLength),
            ActorName = Bounded(actor.Name, AuditRecord.MaxTextLength)!,
            OnBehalfOf = Bounded(actor.OnBehalfOf, AuditRecord.MaxTextLength),
            IpAddress = http?.Connection.RemoteIpAddress?.ToString(),
            UserAgent = Bounded(Printable(http?.Request.Headers.UserAgent.ToString()), AuditRecord.MaxUserAgentLength),
            Changes = details.Changes?.ToJson() ?? "[]",
            Status = details.Status,
            ProblemType = Bounded(details.ProblemType, AuditRecord.MaxTextLength),
            CorrelationId = details.CorrelationId ?? Bounded(Printable(http?.Request.Headers[CorrelationHeader].ToString()), 64),
            TraceId = Activity.Current?.TraceId.ToHexString(),
        };
    }

    private static string? Printable(string? header) =>
        string.IsNullOrEmpty(header) || TextRules.Problem(header, multiLine: false) is not null ? null : header;

    private static string? Bounded(string? text, int length) => text is null || text.Length <= length ? text : text[..(length - 1)] + "…";
}

/// <summary>What an audit record says beyond its action and summary; the actor defaults to the request's caller.</summary>
public sealed record AuditDetails(
    string? Target = null, string? SubjectId = null, AuditChanges? Changes = null, int Status = 200, string? ProblemType = null,
    AuditActor? Actor = null, string? CorrelationId = null);
