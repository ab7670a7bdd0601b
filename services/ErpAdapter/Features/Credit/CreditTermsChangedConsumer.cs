using B2BPortal.BuildingBlocks.Messaging;
using B2BPortal.Contracts.Events;
using B2BPortal.ErpAdapter.Data;
using B2BPortal.ErpAdapter.Features.ErpCommands;
using MassTransit;

namespace B2BPortal.ErpAdapter.Features.Credit;

/// <summary>Stores the command to write credit terms agreed in the portal to the ERP (<see cref="SetCreditTermsHandler"/> sends it).</summary>
public sealed class CreditTermsChangedConsumer(ErpAdapterDbContext db, ErpCommandQueue commands, ErpCommandSignal signal)
    : InboxConsumer<CreditTermsChanged, ErpAdapterDbContext>(db)
{
    protected override Task HandleAsync(ConsumeContext<CreditTermsChanged> context, CancellationToken cancellationToken)
    {
        commands.Enqueue(SetCreditTermsHandler.CommandKind, $"customer:{context.Message.AccountId}", context.Message);
        return Task.CompletedTask;
    }

    protected override void Committed() => signal.Notify();
}
