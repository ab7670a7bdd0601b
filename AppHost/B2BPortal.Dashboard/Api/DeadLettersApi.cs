using B2BPortal.Dashboard.DeadLetters;
using B2BPortal.Dashboard.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace B2BPortal.Dashboard.Api;

/// <summary>Dead letters: which queues have them (from the services' <c>portal.queue.dead_letters</c>), what they are, and replay.</summary>
internal static class DeadLettersApi
{
    public static void MapDeadLetters(this RouteGroupBuilder api, TelemetryStores telemetry, DeadLetterBroker broker)
    {
        api.MapGet("/dead-letters", () => telemetry.Metrics.Latest("portal.queue.dead_letters")
            .Select(s => new DeadLetterQueue(
                s.Identity.Attributes.FirstOrDefault(a => a.Key == "queue").Value ?? "", s.Identity.Resource, (long)s.Latest.Value, s.Latest.Time))
            .Where(q => q.Queue.Length > 0)
            .OrderByDescending(q => q.Count).ThenBy(q => q.Queue, StringComparer.Ordinal)
            .ToList());
        api.MapGet("/dead-letters/{queue}", (string queue, CancellationToken cancellationToken) => broker.ListAsync(queue, cancellationToken));
        api.MapPost("/dead-letters/{queue}/{messageId}/replay", async Task<Results<NoContent, ProblemHttpResult>> (
            string queue, string messageId, CancellationToken cancellationToken) =>
            await broker.ReplayAsync(queue, messageId, cancellationToken)
                ? TypedResults.NoContent()
                : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such dead letter.",
                    detail: $"Message {messageId} is not in {queue}_error (any more): it may have been replayed already."));
    }
}
