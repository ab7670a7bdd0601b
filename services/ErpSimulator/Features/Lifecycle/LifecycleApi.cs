using B2BPortal.Contracts.Erp;
using B2BPortal.ErpSimulator.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace B2BPortal.ErpSimulator.Features.Lifecycle;

internal static class LifecycleApi
{
    private const int MaxTake = 1000;

    public static IEndpointRouteBuilder MapLifecycleApi(this IEndpointRouteBuilder erp)
    {
        erp.MapGet("/erp/sales-order-changes", GetChangesAsync).WithTags("ERP feeds");
        erp.MapPost("/erp/admin/sales-orders/{number}/steps", TakeStepAsync).WithTags("ERP admin")
            .WithSummary("Takes a step on a sales order as an ERP user would: confirm, allocate, ship, deliver, cancel, invoice, take a payment.");
        erp.MapGet("/erp/admin/lifecycle", (LifecycleSettings settings) => TypedResults.Ok(settings.Current)).WithTags("ERP admin");
        erp.MapPut("/erp/admin/lifecycle", SetScenario).WithTags("ERP admin")
            .WithSummary("Sets the scenario new sales orders play out on their own, and the pause between its steps.");
        return erp;
    }

    /// <summary><c>POST /erp/sales-orders/{number}/cancellation</c>: the customer asks; the ERP cancels unless the order has shipped.</summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> RequestCancellationAsync(
        string number, ErpCancellationRequest request, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, SalesOrderSteps steps,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(idempotencyKey) || idempotencyKey.Length > 100)
        {
            return TypedResults.Problem(statusCode: 400, title: "Idempotency-Key header required.",
                detail: "Every write to the ERP carries an Idempotency-Key of 1 to 100 characters.");
        }

        var (found, refusal) = await steps.TakeAsync(number, new ErpSalesOrderStep(ErpChangeKinds.Cancelled) { Reason = request.Reason }, idempotencyKey,
            cancellationToken);
        return !found ? NotFound(number)
            : refusal is null ? TypedResults.NoContent()
            : TypedResults.Problem(statusCode: 409, title: "The sales order cannot be cancelled.", detail: refusal);
    }

    private static async Task<Ok<List<ErpSalesOrderChangeDto>>> GetChangesAsync(long after, int? take, ErpDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok((await db.SalesOrderChanges.AsNoTracking().Where(c => c.Sequence > after).OrderBy(c => c.Sequence)
                .Take(Math.Clamp(take ?? 500, 1, MaxTake)).ToListAsync(cancellationToken))
            .Select(c => new ErpSalesOrderChangeDto(c.Sequence, c.SalesOrderNumber, c.PortalOrderId, c.PortalOrderNumber, c.CustomerAccountId,
                c.OrderSequence, c.Kind, System.Text.Json.JsonSerializer.Deserialize<ErpOrderChangeDetail>(c.Detail, System.Text.Json.JsonSerializerOptions.Web)!,
                c.ChangedAt))
            .ToList());

    private static async Task<Results<NoContent, ProblemHttpResult>> TakeStepAsync(
        string number, ErpSalesOrderStep step, SalesOrderSteps steps, CancellationToken cancellationToken)
    {
        var (found, refusal) = await steps.TakeAsync(number, step, idempotencyKey: null, cancellationToken);
        return !found ? NotFound(number)
            : refusal is null ? TypedResults.NoContent()
            : TypedResults.Problem(statusCode: 422, title: "The ERP refuses this step.", detail: refusal);
    }

    private static Results<NoContent, ValidationProblem> SetScenario(ErpLifecycleSettings lifecycle, LifecycleSettings settings)
    {
        if (!LifecycleScripts.Exists(lifecycle.Scenario) || lifecycle.StepSeconds is < 0.05 or > 3600)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["scenario"] = [$"Choose one of {string.Join(", ", LifecycleScripts.Names)}, and a step of 0.05 to 3600 seconds."],
            });
        }

        settings.Set(lifecycle);
        return TypedResults.NoContent();
    }

    private static ProblemHttpResult NotFound(string number) =>
        TypedResults.Problem(statusCode: 404, title: "Sales order not found.", detail: $"There is no sales order {number}.");
}
