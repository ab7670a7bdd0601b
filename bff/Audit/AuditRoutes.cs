using System.Globalization;
using B2BPortal.Bff.Api;
using B2BPortal.BuildingBlocks.Audit;
using B2BPortal.BuildingBlocks.Http;
using B2BPortal.Contracts.Audit;
using B2BPortal.Bff.Catalog;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Refit;

namespace B2BPortal.Bff.Audit;

/// <summary>
/// The account's audit trail as one list: each audited service keeps its own part (written in the transaction of the change it
/// records), and the BFF asks them all and merges their pages in the trail's order (<see cref="AuditCursor"/>). The services check
/// the caller's right to read it (<c>ViewAudit</c>); a refusal is passed on as the service worded it.
/// </summary>
internal static class AuditRoutes
{
    public const int MaxExportRecords = 100_000;

    public static IEndpointRouteBuilder MapAuditRoutes(this IEndpointRouteBuilder app)
    {
        var audit = app.MapComposedAccountGroup("Audit");
        audit.MapGet("/audit", ListAsync).WithName("ListAuditTrail")
            .Produces<AuditPageDto>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("Who did what in the account and its units, when, from which address, and what came of it: newest first, a page at a time.")
            .WithDescription("actor is a user or client id or part of a name; action matches from the start (order. finds every order action); target is an " +
                             "order number, e-mail, client id or the changed thing's id; from/to are ISO 8601 times; before is the previous page's next.");
        audit.MapGet("/audit/export", ExportAsync).WithName("ExportAuditTrail")
            .Produces<string>(contentType: "text/csv").ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary($"The trail with the same filters as a CSV file (at most {MaxExportRecords:N0} records, newest first).");
        audit.MapGet("/audit/verification", VerifyAsync).WithName("VerifyAuditTrail")
            .Produces<AccountAuditVerificationDto>().ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("Recomputes every hash of the account's chains and names, per service, the first record altered, removed or put out of order.");
        return app;
    }

    private static async Task<IResult> ListAsync(
        Guid accountId, HttpContext http, IServiceProvider services, IOptions<CompositionOptions> options,
        string? actor = null, string? action = null, string? target = null, DateTimeOffset? from = null, DateTimeOffset? to = null,
        string? before = null, int take = 50)
    {
        if (before is not null && !AuditCursor.TryParse(before, out _))
        {
            return BadCursor();
        }

        var query = new AuditQuery(actor, action, target, Iso(from), Iso(to), before, Math.Clamp(take, 1, AuditApi.MaxPageSize));
        try
        {
            return TypedResults.Ok(await PageAsync(accountId, query, http, services, options.Value.RequiredTimeout));
        }
        catch (ApiException refused) when ((int)refused.StatusCode is >= 400 and < 500)
        {
            return Downstream.Relay(refused);
        }
    }

    private static async Task<IResult> ExportAsync(
        Guid accountId, HttpContext http, IServiceProvider services, IOptions<CompositionOptions> options,
        string? actor = null, string? action = null, string? target = null, DateTimeOffset? from = null, DateTimeOffset? to = null)
    {
        var query = new AuditQuery(actor, action, target, Iso(from), Iso(to), null, AuditApi.MaxPageSize);
        AuditPageDto first;
        try
        {
            first = await PageAsync(accountId, query, http, services, options.Value.RequiredTimeout);
        }
        catch (ApiException refused) when ((int)refused.StatusCode is >= 400 and < 500)
        {
            return Downstream.Relay(refused);
        }

        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"audit-{accountId}-{DateTime.UtcNow:yyyyMMdd-HHmmss}.csv\"";
        await using var writer = new StreamWriter(http.Response.Body);
        await writer.WriteLineAsync(AuditCsv.Header);
        var (page, written) = (first, 0);
        while (true)
        {
            foreach (var record in page.Records.Take(MaxExportRecords - written))
            {
                await writer.WriteLineAsync(AuditCsv.Row(record));
                written++;
            }

            if (page.Next is null || written >= MaxExportRecords)
            {
                break;
            }

            page = await PageAsync(accountId, query with { Before = page.Next }, http, services, options.Value.RequiredTimeout);
        }

        return Results.Empty;
    }

    private static async Task<IResult> VerifyAsync(Guid accountId, HttpContext http, IServiceProvider services, IOptions<CompositionOptions> options)
    {
        var token = ComposedRoutes.AccessTokenOf(http);
        try
        {
            var results = await Task.WhenAll(AuditedServices.All.Select(service => Downstream.CallAsync(service.Title, options.Value.RequiredTimeout * 4,
                t => Client(services, service.Name).VerifyAsync(accountId, token, t), http.RequestAborted)));
            return TypedResults.Ok(new AccountAuditVerificationDto(accountId, results.All(r => r.Intact), results));
        }
        catch (ApiException refused) when ((int)refused.StatusCode is >= 400 and < 500)
        {
            return Downstream.Relay(refused);
        }
    }

    /// <summary>
    /// Every service's next page after the cursor, merged: the first <c>take</c> records in the trail's order. A next cursor is given
    /// when any service had more, or the merge left some over; continuing from it, every service answers only what comes after.
    /// </summary>
    private static async Task<AuditPageDto> PageAsync(Guid accountId, AuditQuery query, HttpContext http, IServiceProvider services, TimeSpan deadline)
    {
        var token = ComposedRoutes.AccessTokenOf(http);
        var pages = await Task.WhenAll(AuditedServices.All.Select(service => Downstream.CallAsync(service.Title, deadline,
            t => Client(services, service.Name).ListAsync(accountId, query, token, t), http.RequestAborted)));
        var merged = pages.SelectMany(p => p.Records)
            .OrderByDescending(r => AuditCursor.Microseconds(r.OccurredAt)).ThenByDescending(r => r.Service, StringComparer.Ordinal).ThenByDescending(r => r.Sequence)
            .ToList();
        var records = merged.Take(query.Take).ToList();
        var more = merged.Count > query.Take || pages.Any(p => p.Next is not null);
        var next = more && records.Count > 0 ? AuditCursor.Of(records[^1].OccurredAt, records[^1].Service, records[^1].Sequence).ToString() : null;
        return new AuditPageDto(records, next);
    }

    private static IAuditTrailApi Client(IServiceProvider services, string service) => services.GetRequiredKeyedService<IAuditTrailApi>(service);

    private static string? Iso(DateTimeOffset? at) => at?.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private static ValidationProblem BadCursor() =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["before"] = ["Pass the next cursor of the page before, as it came."] },
            title: "The audit trail could not be read.");

    public static IHostApplicationBuilder AddAuditComposition(this IHostApplicationBuilder builder)
    {
        foreach (var (name, _) in AuditedServices.All)
        {
            builder.Services.AddKeyedServiceClient<IAuditTrailApi>(name, $"http://{name}");
        }

        return builder;
    }
}
