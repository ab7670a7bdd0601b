using System.Globalization;
using B2BPortal.Contracts.Audit;

namespace B2BPortal.Bff.Audit;

/// <summary>
/// The trail as CSV (RFC 4180). A cell a spreadsheet would run as a formula (starting with <c>= + - @</c>, tab or carriage return)
/// is prefixed with an apostrophe, so exporting what a user typed cannot run it on an auditor's machine.
/// </summary>
internal static class AuditCsv
{
    public const string Header =
        "occurred_at,service,sequence,account_id,action,target,subject_id,summary,actor_kind,actor_id,actor_name,on_behalf_of,ip_address,user_agent,changes,status,problem_type,correlation_id,trace_id";

    public static string Row(AuditRecordDto r) => string.Join(',',
        Cell(r.OccurredAt.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture)), Cell(r.Service), Cell(r.Sequence.ToString(CultureInfo.InvariantCulture)),
        Cell(r.AccountId.ToString()), Cell(r.Action), Cell(r.Target), Cell(r.SubjectId), Cell(r.Summary), Cell(r.Actor.Kind), Cell(r.Actor.Id),
        Cell(r.Actor.Name), Cell(r.Actor.OnBehalfOf), Cell(r.IpAddress), Cell(r.UserAgent),
        Cell(string.Join("; ", r.Changes.Select(c => $"{c.Field}: {c.Before ?? "–"} → {c.After ?? "–"}"))),
        Cell(r.Status.ToString(CultureInfo.InvariantCulture)), Cell(r.ProblemType), Cell(r.CorrelationId), Cell(r.TraceId));

    private static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
