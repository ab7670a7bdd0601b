using B2BPortal.Contracts.Accounts;
using B2BPortal.Contracts.Orders;

namespace B2BPortal.Order.Features.Approvals;

/// <summary>A step of an order's approval chain, copied from the rules when the order was placed (later rule changes leave it alone).</summary>
public sealed class ApprovalStep
{
    public int Number { get; init; }
    public decimal Above { get; init; }
    public required string Role { get; init; }
    public required string Level { get; init; }
    public required string Rule { get; init; }
    public string? Decision { get; set; }
    public string? DecidedBy { get; set; }
    public string? DecidedByName { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? Comment { get; set; }

    public static ApprovalStep From(ApprovalStepRule rule, int number) =>
        new() { Number = number, Above = rule.Above, Role = rule.Role, Level = rule.Level, Rule = rule.Describe() };

    public ApprovalStepDto ToDto() => new(Number, Above, Role, Level, Rule, Decision, DecidedBy, DecidedByName, DecidedAt, Comment);
}
