using B2BPortal.BuildingBlocks.Data;
using B2BPortal.ErpSimulator.Data;
using Microsoft.EntityFrameworkCore;

namespace B2BPortal.ErpSimulator.Features.Credit;

/// <summary>
/// The demo customers' credit as the ERP holds it (their first entries in the credit feed): Acme Industrial 250,000 EUR
/// with 60,000 EUR open, Borealis Mining 100,000 EUR with 15,000 EUR open. Only customers the ERP has no record of are seeded.
/// </summary>
public sealed class DemoCreditSeeder(TimeProvider clock) : IDbSeeder<ErpDbContext>
{
    private static readonly (Guid Customer, decimal Limit, decimal Open, string Terms)[] Demo =
    [
        (Guid.Parse("a0000000-0000-4000-8000-000000000001"), 250_000m, 60_000m, "Net 30"),
        (Guid.Parse("b0000000-0000-4000-8000-000000000001"), 100_000m, 15_000m, "Net 45"),
    ];

    public async Task SeedAsync(ErpDbContext db, CancellationToken cancellationToken)
    {
        foreach (var (customer, limit, open, terms) in Demo)
        {
            if (!await db.CustomerCredits.AnyAsync(c => c.CustomerAccountId == customer, cancellationToken))
            {
                await CreditBook.ChangeAsync(db, customer, credit =>
                {
                    credit.CreditLimit = limit;
                    credit.OpenBalance = open;
                    credit.PaymentTerms = terms;
                }, clock.GetUtcNow(), cancellationToken);
            }
        }
    }
}
