namespace B2BPortal.WebhookReceiver.Features.Hooks;

/// <summary>
/// <c>POST /hooks/{name}</c> receives deliveries; <c>PUT /hooks/{name}</c> sets its secrets or an outage; <c>GET /hooks/{name}</c>
/// shows what came. An outage answers 503, a bad signature 401, a good one 204 (also for an event seen before).
/// </summary>
internal static class HooksApi
{
    private const int MaxBody = 1024 * 1024;

    public static IEndpointRouteBuilder MapHooksApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/hooks/{name}", ReceiveAsync);
        app.MapPut("/hooks/{name}", (string name, HookSettingsDto settings, HookLog log, TimeProvider clock) =>
        {
            var hook = log.For(name);
            if (settings.Secrets is { } secrets)
            {
                hook.Secrets = [.. secrets];
            }

            if (settings.DownForSeconds is { } seconds)
            {
                hook.DownUntil = clock.GetUtcNow().AddSeconds(seconds);
            }

            return TypedResults.Ok(hook.Snapshot());
        });
        app.MapGet("/hooks/{name}", (string name, HookLog log) => TypedResults.Ok(log.For(name).Snapshot()));
        return app;
    }

    private static async Task<IResult> ReceiveAsync(string name, HttpRequest request, HookLog log, TimeProvider clock, ILoggerFactory loggers)
    {
        var hook = log.For(name);
        var now = clock.GetUtcNow();
        if (now < hook.DownUntil)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Down for maintenance (simulated).");
        }

        if (request.ContentLength > MaxBody)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Too large.");
        }

        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        var id = request.Headers["webhook-id"].ToString();
        var verifiedWith = WebhookVerifier.Verify(hook.Secrets, id, request.Headers["webhook-timestamp"], request.Headers["webhook-signature"], body, now);
        if (verifiedWith is not { } secretIndex)
        {
            hook.Refuse();
            loggers.CreateLogger("Hooks").LogWarning("Delivery {Id} to hook {Hook} refused: no signature verifies", id, name);
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "The signature does not verify.");
        }

        using var json = System.Text.Json.JsonDocument.Parse(body);
        var type = json.RootElement.TryGetProperty("type", out var t) ? t.GetString() ?? "" : "";
        hook.Accept(id, type, body, secretIndex, now);
        return TypedResults.NoContent();
    }
}
