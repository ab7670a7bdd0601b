using B2BPortal.BuildingBlocks.AccountScope;
using B2BPortal.Contracts.Accounts;
using B2BPortal.Order.Features.Validation;

namespace B2BPortal.Order.Features.Approvals;

/// <summary>
/// Who may decide a step: never a partner system, never the person who placed the order, never someone who decided an earlier
/// step of it; for a Validator step a Validator; for an Approver step an Approver on the order's account or above it (on the
/// company itself for a company-level step) whose approval limit covers the order. A membership without a limit has none.
/// </summary>
internal static class ApprovalEligibility
{
    public static string? Refusal(Orders.Order order, ApprovalStep step, PortalCaller caller, CallerScope scope)
    {
        if (caller.IsPartner)
        {
            return "Partner systems do not approve orders; a person with the Approver role does.";
        }

        if (caller.Subject == order.PlacedBySubject)
        {
            return "You placed this order, so somebody else must approve it.";
        }

        if (order.ApprovalSteps.Any(s => s.Number < step.Number && s.DecidedBy == caller.Subject))
        {
            return $"You approved step {order.ApprovalSteps.First(s => s.DecidedBy == caller.Subject).Number} of this order; step {step.Number} needs another approver.";
        }

        var roles = scope.For(order.AccountId)?.Roles ?? [];
        if (roles.Contains(AccountRoles.PlatformAdmin))
        {
            return null;
        }

        if (step.Role == ApproverRoles.Validator)
        {
            return roles.Contains(AccountRoles.Validator) ? null : "This step is the manufacturer's feasibility check: a Validator decides it.";
        }

        if (!roles.Contains(AccountRoles.Approver))
        {
            return "Approving orders needs the Approver role on the order's account or above it.";
        }

        if (step.Level == ApproverLevels.Company && scope.For(order.CompanyId)?.Roles.Contains(AccountRoles.Approver) != true)
        {
            return "This step needs an approver of the company itself, a level above the units.";
        }

        var limit = scope.For(order.AccountId)?.ApprovalLimit;
        return limit is { } most && order.NetAmount > most
            ? $"The order's total of {Findings.Money(order.NetAmount, order.Currency)} is above your approval limit of {Findings.Money(most, order.Currency)}."
            : null;
    }
}
