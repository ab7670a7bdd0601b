using B2BPortal.BuildingBlocks.AccountScope;
using B2BPortal.BuildingBlocks.Audit;
using B2BPortal.Contracts.Accounts;
using B2BPortal.Contracts.Text;
using B2BPortal.Contracts.Webhooks;
using B2BPortal.Webhooks.Data;
using B2BPortal.Webhooks.Features.Deliveries;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace B2BPortal.Webhooks.Features.Endpoints;

/// <summary>An account's webhook endpoints: register, change, pause, rotate the secret, remove, and send a test event.</summary>
internal static class EndpointsApi
{
    public const int MaxEndpointsPerAccount = 20;

    public static RouteGroupBuilder MapEndpointsApi(this RouteGroupBuilder webhooks)
    {
        webhooks.MapGet("", ListAsync).WithName("ListWebhookEndpoints").WithSummary("The account's webhook endpoints.");
        webhooks.MapPost("", CreateAsync).WithName("CreateWebhookEndpoint").Audited("webhook.endpoint-created").ProducesValidationProblem()
            .WithSummary("Registers an endpoint for the event types given; the answer holds its whsec_ signing secret, shown this once.");
        webhooks.MapGet("/{endpointId:guid}", GetAsync).WithName("GetWebhookEndpoint").WithSummary("One endpoint.");
        webhooks.MapPatch("/{endpointId:guid}", UpdateAsync).WithName("UpdateWebhookEndpoint").Audited("webhook.endpoint-changed", "endpointId")
            .ProducesValidationProblem()
            .WithSummary("Changes an endpoint's URL, event types or description, pauses it (Paused) or turns it on again (Active); deliveries wait while it is off.");
        webhooks.MapDelete("/{endpointId:guid}", DeleteAsync).WithName("DeleteWebhookEndpoint").Audited("webhook.endpoint-deleted", "endpointId")
            .WithSummary("Removes an endpoint and its deliveries.");
        webhooks.MapPost("/{endpointId:guid}/secret", RotateAsync).WithName("RotateWebhookSecret").Audited("webhook.secret-rotated", "endpointId")
            .WithSummary("Makes a new signing secret; the old one keeps signing too for the grace period (24 h by default), so receivers switch without a gap.");
        webhooks.MapPost("/{endpointId:guid}/test", SendTestAsync).WithName("SendWebhookTest").Audited("webhook.test-sent", "endpointId")
            .WithSummary("Sends a webhook.test event to the endpoint, through the same delivery (signature, retries, log) as every event.");
        return webhooks;
    }

    private static async Task<Ok<List<WebhookEndpointDto>>> ListAsync(Guid accountId, WebhooksDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var endpoints = await db.Endpoints.AsNoTracking().Include(e => e.Secrets).Where(e => e.AccountId == accountId).OrderBy(e => e.CreatedAt)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(endpoints.Select(e => e.ToDto(clock.GetUtcNow())).ToList());
    }

    private static async Task<Results<Ok<WebhookEndpointDto>, ProblemHttpResult>> GetAsync(
        Guid accountId, Guid endpointId, WebhooksDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        await FindAsync(db, accountId, endpointId, cancellationToken) is { } endpoint
            ? TypedResults.Ok(endpoint.ToDto(clock.GetUtcNow()))
            : NotFound(endpointId);

    private static async Task<Results<Created<WebhookSecretDto>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        Guid accountId, CreateWebhookEndpointRequest request, HttpContext http, WebhooksDbContext db, EndpointAddressPolicy addresses, AuditTrail audit,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = await ValidateAsync(request.Url, request.EventTypes, request.Description, addresses, cancellationToken);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The endpoint was not registered.");
        }

        if (await db.Endpoints.CountAsync(e => e.AccountId == accountId, cancellationToken) >= MaxEndpointsPerAccount)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Too many endpoints.",
                detail: $"An account may have {MaxEndpointsPerAccount} endpoints. Remove one it no longer uses first.");
        }

        var now = clock.GetUtcNow();
        var caller = PortalCaller.From(http.User)!;
        var endpoint = new WebhookEndpoint
        {
            AccountId = accountId, Url = request.Url.Trim(), Description = request.Description?.Trim(), EventTypes = [.. request.EventTypes.Distinct()],
            CreatedAt = now, CreatedBy = caller.Name, NotifyEmail = caller.IsPartner ? null : http.User.FindFirst("email")?.Value,
        };
        var secret = new EndpointSecret { EndpointId = endpoint.Id, Secret = EndpointSecret.NewSecret(), CreatedAt = now };
        endpoint.Secrets.Add(secret);
        db.Endpoints.Add(endpoint);
        audit.Record(accountId, "webhook.endpoint-created", $"Webhook endpoint {endpoint.Url} registered for {string.Join(", ", endpoint.EventTypes)}.",
            new AuditDetails(endpoint.Url, endpoint.Id.ToString(), new AuditChanges().Set("url", endpoint.Url).Set("eventTypes", string.Join(" ", endpoint.EventTypes)),
                StatusCodes.Status201Created));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/accounts/{accountId}/webhooks/{endpoint.Id}",
            new WebhookSecretDto(endpoint.Id, secret.Secret, null, endpoint.ToDto(now)));
    }

    private static async Task<Results<Ok<WebhookEndpointDto>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        Guid accountId, Guid endpointId, UpdateWebhookEndpointRequest request, WebhooksDbContext db, EndpointAddressPolicy addresses, AuditTrail audit,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = await ValidateAsync(request.Url, request.EventTypes, request.Description, addresses, cancellationToken, partial: true);
        if (request.Status is not (null or WebhookEndpointStatuses.Active or WebhookEndpointStatuses.Paused))
        {
            errors["status"] = [$"Status is {WebhookEndpointStatuses.Active} or {WebhookEndpointStatuses.Paused}."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The endpoint was not changed.");
        }

        if (await FindAsync(db, accountId, endpointId, cancellationToken, tracked: true) is not { } endpoint)
        {
            return NotFound(endpointId);
        }

        var changes = new AuditChanges().Field("url", endpoint.Url, request.Url?.Trim() ?? endpoint.Url)
            .Field("eventTypes", string.Join(" ", endpoint.EventTypes), string.Join(" ", request.EventTypes?.Distinct() ?? endpoint.EventTypes))
            .Field("description", endpoint.Description, request.Description?.Trim() ?? endpoint.Description)
            .Field("status", endpoint.Status, request.Status ?? endpoint.Status);
        endpoint.Url = request.Url?.Trim() ?? endpoint.Url;
        endpoint.EventTypes = request.EventTypes is null ? endpoint.EventTypes : [.. request.EventTypes.Distinct()];
        endpoint.Description = request.Description?.Trim() ?? endpoint.Description;
        if (request.Status is { } status && status != endpoint.Status)
        {
            // Everything that waited while the endpoint was off goes now, and so does what gave up while it was failing.
            var failingSince = endpoint.Status == WebhookEndpointStatuses.Disabled ? endpoint.FailingSince : null;
            (endpoint.Status, endpoint.DisabledReason, endpoint.FailingSince) = (status, null, null);
            if (status == WebhookEndpointStatuses.Active)
            {
                await db.Deliveries.Where(d => d.EndpointId == endpoint.Id && (d.Status == WebhookDeliveryStatuses.Pending
                        || (failingSince != null && d.Status == WebhookDeliveryStatuses.Failed && d.CreatedAt >= failingSince)))
                    .ExecuteUpdateAsync(d => d.SetProperty(x => x.Status, WebhookDeliveryStatuses.Pending).SetProperty(x => x.NextAttemptAt, clock.GetUtcNow()),
                        cancellationToken);
            }
        }

        audit.Record(accountId, "webhook.endpoint-changed", $"Webhook endpoint {endpoint.Url} changed.", new AuditDetails(endpoint.Url, endpoint.Id.ToString(), changes));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(endpoint.ToDto(clock.GetUtcNow()));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        Guid accountId, Guid endpointId, WebhooksDbContext db, AuditTrail audit, CancellationToken cancellationToken)
    {
        if (await FindAsync(db, accountId, endpointId, cancellationToken, tracked: true) is not { } endpoint)
        {
            return NotFound(endpointId);
        }

        db.Endpoints.Remove(endpoint);
        audit.Record(accountId, "webhook.endpoint-deleted", $"Webhook endpoint {endpoint.Url} removed.",
            new AuditDetails(endpoint.Url, endpoint.Id.ToString(), new AuditChanges().Field("url", endpoint.Url, null), StatusCodes.Status204NoContent));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<WebhookSecretDto>, ProblemHttpResult>> RotateAsync(
        Guid accountId, Guid endpointId, WebhooksDbContext db, AuditTrail audit, IOptions<WebhookOptions> options, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (await FindAsync(db, accountId, endpointId, cancellationToken, tracked: true) is not { } endpoint)
        {
            return NotFound(endpointId);
        }

        var now = clock.GetUtcNow();
        var previousExpiry = now + options.Value.SecretRotationGrace;
        foreach (var old in endpoint.Secrets.Where(s => s.ExpiresAt is null || s.ExpiresAt > previousExpiry))
        {
            old.ExpiresAt = previousExpiry;
        }

        var secret = new EndpointSecret { EndpointId = endpoint.Id, Secret = EndpointSecret.NewSecret(), CreatedAt = now };
        db.Secrets.Add(secret); // Added explicitly: its key is set already, so found in the collection it would count as existing.
        audit.Record(accountId, "webhook.secret-rotated", $"New signing secret for {endpoint.Url}; the previous one signs until {previousExpiry:u}.",
            new AuditDetails(endpoint.Url, endpoint.Id.ToString()));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new WebhookSecretDto(endpoint.Id, secret.Secret, previousExpiry, endpoint.ToDto(now)));
    }

    private static async Task<Results<Accepted<WebhookDeliveryDto>, ProblemHttpResult>> SendTestAsync(
        Guid accountId, Guid endpointId, WebhooksDbContext db, AuditTrail audit, DeliverySignal signal, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await FindAsync(db, accountId, endpointId, cancellationToken) is not { } endpoint)
        {
            return NotFound(endpointId);
        }

        var now = clock.GetUtcNow();
        var message = WebhookPayloads.Test(accountId, endpoint.Id, now);
        db.Messages.Add(message);
        var delivery = DeliveryQueue.Queue(db, message, endpoint, now);
        audit.Record(accountId, "webhook.test-sent", $"Test event {message.Id} sent to {endpoint.Url}.",
            new AuditDetails(endpoint.Url, endpoint.Id.ToString(), Status: StatusCodes.Status202Accepted));
        await db.SaveChangesAsync(cancellationToken);
        signal.Notify();
        return TypedResults.Accepted($"/api/v1/accounts/{accountId}/webhooks/{endpoint.Id}/deliveries/{delivery.Id}", delivery.ToDto());
    }

    internal static Task<WebhookEndpoint?> FindAsync(WebhooksDbContext db, Guid accountId, Guid endpointId, CancellationToken cancellationToken, bool tracked = false)
    {
        var endpoints = tracked ? db.Endpoints : db.Endpoints.AsNoTracking();
        return endpoints.Include(e => e.Secrets).SingleOrDefaultAsync(e => e.Id == endpointId && e.AccountId == accountId, cancellationToken);
    }

    internal static ProblemHttpResult NotFound(Guid endpointId) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Webhook endpoint not found.",
            detail: $"This account has no webhook endpoint {endpointId}.");

    private static async Task<Dictionary<string, string[]>> ValidateAsync(
        string? url, IReadOnlyList<string>? eventTypes, string? description, EndpointAddressPolicy addresses, CancellationToken cancellationToken,
        bool partial = false)
    {
        var errors = new Dictionary<string, string[]>();
        if ((!partial || url is not null) && await addresses.ProblemAsync(url, cancellationToken) is { } urlProblem)
        {
            errors["url"] = [urlProblem];
        }

        if ((!partial || eventTypes is not null) && (eventTypes is not { Count: > 0 } || eventTypes.Any(t => !WebhookEventTypes.Subscribable.Contains(t))))
        {
            errors["eventTypes"] = [$"Choose one or more of {string.Join(", ", WebhookEventTypes.Subscribable)}."];
        }

        if (description?.Trim() is { } text && (text.Length > WebhookEndpoint.MaxDescriptionLength || TextRules.Problem(text, multiLine: false) is not null))
        {
            errors["description"] = [$"Describe the endpoint in at most {WebhookEndpoint.MaxDescriptionLength} characters of plain text."];
        }

        return errors;
    }

    public static RouteGroupBuilder RequireWebhookPermission(this RouteGroupBuilder group) => group.RequirePermission(AccountPermission.ManageWebhooks);
}
