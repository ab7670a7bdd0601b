using B2BPortal.BuildingBlocks.AccountScope;
using B2BPortal.BuildingBlocks.Http;
using B2BPortal.Cart.Data;
using B2BPortal.Cart.Features.Carts;
using B2BPortal.Contracts.Accounts;
using B2BPortal.Contracts.Carts;
using B2BPortal.Contracts.Orders;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Refit;
using B2BPortal.ServiceDefaults.Input;

namespace B2BPortal.Cart.Features.Imports;

/// <summary>
/// Many lines into the cart at once, from a CSV file, quick order text or an earlier order. Each makes a report first (every row
/// checked as checkout would check it); nothing reaches the cart until the buyer confirms the report, and then all of it does,
/// in one transaction, or none.
/// </summary>
internal static class ImportsApi
{
    private static readonly TimeSpan KeptFor = TimeSpan.FromHours(24);

    public static RouteGroupBuilder MapImportsApi(this RouteGroupBuilder cart)
    {
        var imports = cart.MapGroup("/imports").RequirePermission(AccountPermission.Purchase);
        imports.MapPost("/csv", ImportCsvAsync)
            .WithName("ImportCsv")
            .WithSummary("Reads a CSV file (sku,quantity[,note][,warehouse]; header optional; , or ;; up to 5,000 lines; UTF-8) into a report to confirm.")
            .Accepts<string>("text/csv")
            .AcceptsBulkBody();
        imports.MapPost("/quick-order", ImportQuickOrderAsync).AcceptsBulkBody()
            .WithName("ImportQuickOrder")
            .WithSummary("Reads quick order text (one \"SKU quantity\" pair per line) into a report to confirm.");
        imports.MapPost("/reorder", ImportReorderAsync)
            .WithName("ImportReorder")
            .WithSummary("Puts the lines of an earlier order of the account into a report to confirm, each checked again as it is today.");
        imports.MapGet("/{importId:guid}", GetAsync)
            .WithName("GetCartImport")
            .WithSummary("An import's report.");
        imports.MapPost("/{importId:guid}/confirm", ConfirmAsync).AcceptsBulkBody()
            .WithName("ConfirmCartImport")
            .WithSummary("Adds the import's accepted rows, and the suggestions of the rows named, to the cart; all of them or nothing.");
        return cart;
    }

    private static async Task<Results<Created<CartImportDto>, ProblemHttpResult>> ImportCsvAsync(
        Guid accountId, HttpContext http, CartDbContext db, ImportClassifier classifier, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (http.Request.ContentType is { } type && !type.StartsWith("text/", StringComparison.OrdinalIgnoreCase)
            && !type.StartsWith("application/octet-stream", StringComparison.OrdinalIgnoreCase))
        {
            return Refused("Send the CSV file itself as the body, with Content-Type: text/csv.", StatusCodes.Status415UnsupportedMediaType);
        }

        try
        {
            var rows = await CsvImportParser.ParseAsync(http.Request.Body, cancellationToken);
            return await ReportAsync(accountId, http, ImportSources.Csv, rows, db, classifier, clock, cancellationToken);
        }
        catch (ImportRefusedException refused)
        {
            return Refused(refused.Message);
        }
    }

    private static async Task<Results<Created<CartImportDto>, ProblemHttpResult>> ImportQuickOrderAsync(
        Guid accountId, QuickOrderRequest request, HttpContext http, CartDbContext db, ImportClassifier classifier, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        try
        {
            return await ReportAsync(accountId, http, ImportSources.QuickOrder, QuickOrderParser.Parse(request.Text ?? ""), db, classifier, clock,
                cancellationToken);
        }
        catch (ImportRefusedException refused)
        {
            return Refused(refused.Message);
        }
    }

    private static async Task<Results<Created<CartImportDto>, ProblemHttpResult>> ImportReorderAsync(
        Guid accountId, ReorderRequest request, HttpContext http, CartDbContext db, ImportClassifier classifier, IOrderServiceApi orders,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        OrderDto order;
        try
        {
            order = await Downstream.CallAsync("Order", TimeSpan.FromSeconds(5),
                t => orders.GetOrderAsync(accountId, request.OrderId, http.AccessToken(), t), cancellationToken);
        }
        catch (ApiException exception) when (Downstream.IsNotFound(exception))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Order not found.",
                detail: $"There is no order {request.OrderId} in this account to order again.");
        }

        var rows = order.Lines.Select(l => ParsedRow.Line(l.LineNumber, l.Sku, l.Quantity, l.Note, l.RequestedWarehouse)).ToList();
        return await ReportAsync(accountId, http, ImportSources.Reorder, rows, db, classifier, clock, cancellationToken);
    }

    private static async Task<Results<Created<CartImportDto>, ProblemHttpResult>> ReportAsync(
        Guid accountId, HttpContext http, string source, IReadOnlyList<ParsedRow> parsed, CartDbContext db, ImportClassifier classifier,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        if (parsed.Count == 0)
        {
            return Refused("There are no lines to add: give one SKU and quantity per line, like PMP-1001,2.");
        }

        var rows = ParsedRow.Merge(parsed);
        await classifier.ClassifyAsync(accountId, rows, http.AccessToken(), cancellationToken);
        var now = clock.GetUtcNow();
        var import = new CartImport
        {
            Id = Guid.CreateVersion7(), AccountId = accountId, Owner = CartApi.Owner(http), Source = source, CreatedAt = now, ExpiresAt = now + KeptFor,
            Rows = rows,
        };
        db.CartImports.Add(import);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/accounts/{accountId}/cart/imports/{import.Id}", import.ToDto());
    }

    private static async Task<Results<Ok<CartImportDto>, ProblemHttpResult>> GetAsync(
        Guid accountId, Guid importId, HttpContext http, CartDbContext db, CancellationToken cancellationToken) =>
        await FindAsync(db, accountId, importId, CartApi.Owner(http), cancellationToken) is { } import ? TypedResults.Ok(import.ToDto()) : NotFound(importId);

    private static async Task<Results<Ok<CartDto>, ProblemHttpResult>> ConfirmAsync(
        Guid accountId, Guid importId, ConfirmImportRequest? request, HttpContext http, CartDbContext db, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var owner = CartApi.Owner(http);
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var import = await db.CartImports.FromSql($"SELECT * FROM cart.cart_imports WHERE id = {importId} FOR UPDATE")
            .SingleOrDefaultAsync(i => i.AccountId == accountId && i.Owner == owner, cancellationToken);
        if (import is null)
        {
            return NotFound(importId);
        }

        if (import.AppliedAt is { } applied)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Already added.",
                detail: $"This import was added to the cart at {applied:yyyy-MM-dd HH:mm} UTC. Import the lines again to add them once more.");
        }

        if (import.ExpiresAt < now)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status410Gone, title: "Import expired.",
                detail: "This report is more than 24 hours old, and stock and prices may have changed. Import the lines again.");
        }

        var chosen = (request?.UseSuggestionFor ?? []).ToHashSet();
        var lines = ImportConfirmation.LinesToAdd(import, chosen);
        await CartStore.TouchAsync(db, accountId, owner, now, cancellationToken);
        await CartStore.AddToLinesAsync(db, accountId, owner, lines, now, cancellationToken);

        if (await CartStore.CountLinesAsync(db, accountId, owner, cancellationToken) is var count and > LineRules.MaxLines)
        {
            return CartProblems.Full(count);
        }

        var tooLarge = await db.Database.SqlQuery<string>(
            $"SELECT sku AS \"Value\" FROM cart.cart_lines WHERE account_id = {accountId} AND owner = {owner} AND quantity > {LineRules.MaxQuantity} LIMIT 1")
            .FirstOrDefaultAsync(cancellationToken);
        if (tooLarge is not null)
        {
            return CartProblems.QuantityTooLarge(tooLarge);
        }

        import.AppliedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(await CartStore.ReadAsync(db, accountId, owner, cancellationToken));
    }

    private static Task<CartImport?> FindAsync(CartDbContext db, Guid accountId, Guid importId, string owner, CancellationToken cancellationToken) =>
        db.CartImports.AsNoTracking().SingleOrDefaultAsync(i => i.Id == importId && i.AccountId == accountId && i.Owner == owner, cancellationToken);

    private static ProblemHttpResult NotFound(Guid importId) => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound,
        title: "Import not found.", detail: $"There is no import {importId} of yours in this account.");

    private static ProblemHttpResult Refused(string detail, int status = StatusCodes.Status400BadRequest) =>
        TypedResults.Problem(statusCode: status, title: "The lines could not be read.", detail: detail);
}
