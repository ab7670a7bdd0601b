using B2BPortal.BuildingBlocks.Messaging;
using B2BPortal.Contracts.Events;
using B2BPortal.Pricing.Data;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace B2BPortal.Pricing.Features.ContractPrices;

/// <summary>
/// Takes a contract's price of a SKU set in the ERP: the tiers it had for the SKU are replaced by the new ones, unless the
/// change is older than what is held. The contract row is locked first, so two changes of one contract apply in turn. A
/// change for a contract Pricing does not know fails (and ends in the error queue, to be replayed once the contract is
/// there) rather than being dropped. An applied change is announced as <see cref="PricesChanged"/> for the contract's account.
/// </summary>
public sealed class ErpContractPriceChangedConsumer(PricingDbContext db, IIntegrationEventOutbox outbox)
    : InboxConsumer<ErpContractPriceChanged, PricingDbContext>(db)
{
    protected override async Task HandleAsync(ConsumeContext<ErpContractPriceChanged> context, CancellationToken cancellationToken)
    {
        var change = context.Message;
        var contract = await Db.Contracts.FromSql($"SELECT * FROM pricing.contracts WHERE id = {change.ContractId} FOR UPDATE")
            .AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        if (contract is null || contract.AccountId != change.AccountId)
        {
            throw new InvalidOperationException(
                $"The ERP changed the price of {change.Sku} in contract {change.ContractId} of account {change.AccountId}, which Pricing does not hold.");
        }

        var held = await Db.Database.SqlQuery<DateTimeOffset?>(
            $"SELECT max(changed_at) AS \"Value\" FROM pricing.contract_price WHERE contract_id = {change.ContractId} AND sku = {change.Sku}")
            .SingleAsync(cancellationToken);
        if (held >= change.ChangedAt)
        {
            return;
        }

        await Db.Database.ExecuteSqlAsync(
            $"DELETE FROM pricing.contract_price WHERE contract_id = {change.ContractId} AND sku = {change.Sku}", cancellationToken);
        foreach (var tier in change.Tiers.Where(t => t.MinQuantity > 1).Prepend(new ContractTier(1, change.UnitPrice)))
        {
            await Db.Database.ExecuteSqlAsync($"""
                INSERT INTO pricing.contract_price (contract_id, sku, min_quantity, unit_price, changed_at)
                VALUES ({change.ContractId}, {change.Sku}, {tier.MinQuantity}, {tier.UnitPrice}, {change.ChangedAt})
                """, cancellationToken);
        }

        outbox.Add(new PricesChanged { AccountId = contract.AccountId, CorrelationId = change.CorrelationId, Skus = [change.Sku] });
    }
}
