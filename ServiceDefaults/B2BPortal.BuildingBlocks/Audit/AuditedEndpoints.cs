using B2BPortal.Contracts.Audit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace B2BPortal.BuildingBlocks.Audit;

/// <summary>
/// An audited action the API refused is recorded too, with the status and problem type it answered: a handler records what it
/// changed in its own transaction; a 4xx answer means nothing was committed (a record the handler added was rolled back with its
/// change), so this filter writes the refusal on its own. Requests that never reach the handler (no token, not in scope, unreadable body) leave no record in the account.
/// </summary>
public static class AuditedEndpoints
{
    /// <param name="subjectRoute">The route value that names the thing acted on (<c>orderId</c>), if any.</param>
    public static TBuilder Audited<TBuilder>(this TBuilder endpoint, string action, string? subjectRoute = null)
        where TBuilder : IEndpointConventionBuilder =>
        endpoint.AddEndpointFilter(async (context, next) =>
        {
            var result = await next(context);
            var http = context.HttpContext;
            var answer = result is INestedHttpResult union ? union.Result : result;
            if (answer is IStatusCodeHttpResult { StatusCode: >= 400 and < 500 } refused
                && http.GetRouteValue("accountId") is string account && Guid.TryParse(account, out var accountId))
            {
                await RecordRefusalAsync(http, accountId, action, subjectRoute is null ? null : http.GetRouteValue(subjectRoute) as string, refused.StatusCode!.Value,
                    answer);
            }

            return result;
        });

    private static async Task RecordRefusalAsync(HttpContext http, Guid accountId, string action, string? subjectId, int status, object? result)
    {
        var (title, type) = result switch
        {
            ProblemHttpResult problem => (problem.ProblemDetails.Title, problem.ProblemDetails.Type),
            ValidationProblem validation => (validation.ProblemDetails.Title, validation.ProblemDetails.Type),
            _ => (null, null),
        };
        await using var scope = http.RequestServices.CreateAsyncScope();
        var trail = scope.ServiceProvider.GetRequiredService<AuditTrail>();
        trail.Record(accountId, action, $"Refused ({status}): {title ?? "the request was not accepted."}",
            new AuditDetails(SubjectId: subjectId, Status: status, ProblemType: type));
        await ((DbContext)scope.ServiceProvider.GetRequiredService<IAuditDbContext>()).SaveChangesAsync(http.RequestAborted);
    }
}
