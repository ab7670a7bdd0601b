using System.Globalization;
using Refit;

namespace B2BPortal.Contracts.Accounts;

/// <summary>Who decides a step of an approval chain.</summary>
public static class ApproverRoles
{
    /// <summary>One of the customer's own approvers (role Approver), within their approval limit.</summary>
    public const string Approver = AccountRoles.Approver;

    /// <summary>The manufacturer's Validator, checking that the order can be made and delivered as asked (no limit applies).</summary>
    public const string Validator = AccountRoles.Validator;

    public static readonly IReadOnlyList<string> All = [Approver, Validator];
}

/// <summary>Where a step's approver must sit in the company's hierarchy.</summary>
public static class ApproverLevels
{
    /// <summary>On the ordering unit or any unit above it.</summary>
    public const string Unit = "unit";

    /// <summary>On the company itself (a higher level than any unit).</summary>
    public const string Company = "company";

    public static readonly IReadOnlyList<string> All = [Unit, Company];
}

/// <summary>
/// A step of the approval chain: orders whose net total is above <c>Above</c> need one decision from a <c>Role</c> at <c>Level</c>.
/// Steps apply in order of their threshold, each to a different person.
/// </summary>
public sealed record ApprovalStepRule(decimal Above, string Role = ApproverRoles.Approver, string Level = ApproverLevels.Unit)
{
    public string Describe() =>
        $"Orders above {Above.ToString("#,0.##", CultureInfo.InvariantCulture)} need " +
        (Role == ApproverRoles.Validator ? "the manufacturer's feasibility check" : Level == ApproverLevels.Company ? "an approver of the company" : "an approver");
}

/// <summary>A buyer (user id or partner client id) whose own orders need an approver above <c>Above</c>, below the chain's first threshold.</summary>
public sealed record BuyerApprovalThreshold(string Buyer, decimal Above);

/// <summary>
/// The approval rules of an account, maintained by its AccountAdmin and holding for the units below it unless one has its own.
/// An order still waiting for a decision <c>ExpireAfterHours</c> after it was placed expires: it is cancelled, with the reason, and
/// its credit released (the buyer can order it again).
/// </summary>
public sealed record ApprovalPolicyDto(
    IReadOnlyList<ApprovalStepRule> Steps, IReadOnlyList<BuyerApprovalThreshold>? BuyerThresholds = null, double ExpireAfterHours = 168);

/// <summary>The policy that holds for an account, and where it comes from: its own, inherited from <c>FromAccountId</c>, or none.</summary>
public sealed record EffectiveApprovalPolicyDto(Guid AccountId, ApprovalPolicyDto? Policy, Guid? FromAccountId, string? FromAccountName, bool IsOwn);

public static class ApprovalPolicyRules
{
    public const int MaxSteps = 5;
    public const int MaxBuyerThresholds = 200;
    public const decimal MaxAmount = 999_999_999_999m;

    /// <summary>Every problem with a policy, by field; empty when it may be saved.</summary>
    public static Dictionary<string, string[]> Validate(ApprovalPolicyDto policy)
    {
        var errors = new Dictionary<string, string[]>();
        var steps = policy.Steps ?? [];
        if (steps.Count is 0 or > MaxSteps)
        {
            errors["steps"] = [$"Give 1 to {MaxSteps} steps; to have no approvals, remove the account's policy instead."];
        }
        else if (steps.Any(s => s is null || s.Above is < 0 or > MaxAmount || !ApproverRoles.All.Contains(s.Role) || !ApproverLevels.All.Contains(s.Level)))
        {
            errors["steps"] = [$"Each step needs an amount of 0 to {MaxAmount:0}, a role ({string.Join(" or ", ApproverRoles.All)}) and a level ({string.Join(" or ", ApproverLevels.All)})."];
        }
        else if (steps.Select(s => s.Above).Distinct().Count() != steps.Count)
        {
            errors["steps"] = ["Each step needs its own threshold: two steps above the same amount would ask for the same decision twice."];
        }

        var buyers = policy.BuyerThresholds ?? [];
        if (buyers.Count > MaxBuyerThresholds || buyers.Any(b => b is null || string.IsNullOrWhiteSpace(b.Buyer) || b.Buyer.Length > AccountFieldRules.MaxSubjectLength || b.Above is < 0 or > MaxAmount)
            || buyers.Select(b => b.Buyer).Distinct().Count() != buyers.Count)
        {
            errors["buyerThresholds"] = [$"Give at most {MaxBuyerThresholds} buyers, each once, by user or client id (at most {AccountFieldRules.MaxSubjectLength} characters), with an amount of 0 to {MaxAmount:0}."];
        }

        if (policy.ExpireAfterHours is < 0.001 or > 8760 || double.IsNaN(policy.ExpireAfterHours))
        {
            errors["expireAfterHours"] = ["An order waiting for approval expires after 0.001 to 8760 hours (a year)."];
        }

        return errors;
    }
}

/// <summary>The approval steps one order needs under a policy, in order: its first threshold may come from the buyer's own.</summary>
public static class ApprovalChains
{
    public static IReadOnlyList<ApprovalStepRule> For(ApprovalPolicyDto? policy, decimal netAmount, string buyer)
    {
        if (policy is null)
        {
            return [];
        }

        var steps = policy.Steps.Where(s => netAmount > s.Above).OrderBy(s => s.Above).ToList();
        if (steps.Count == 0 && policy.BuyerThresholds?.FirstOrDefault(b => b.Buyer == buyer) is { } own && netAmount > own.Above)
        {
            steps.Add(new ApprovalStepRule(own.Above));
        }

        return steps;
    }
}

public interface IApprovalPolicyApi
{
    [Get("/api/v1/accounts/{accountId}/approval-policy")]
    Task<EffectiveApprovalPolicyDto> GetAsync(Guid accountId, CancellationToken cancellationToken = default);

    [Put("/api/v1/accounts/{accountId}/approval-policy")]
    Task<IApiResponse<EffectiveApprovalPolicyDto>> SetAsync(Guid accountId, [Body] ApprovalPolicyDto policy, CancellationToken cancellationToken = default);

    [Delete("/api/v1/accounts/{accountId}/approval-policy")]
    Task<IApiResponse<EffectiveApprovalPolicyDto>> RemoveAsync(Guid accountId, CancellationToken cancellationToken = default);
}
