using System.Text.Json;
using B2BPortal.Account.Features.Accounts;
using B2BPortal.Contracts.Accounts;

namespace B2BPortal.Account.Features.Approvals;

/// <summary>An account's own approval rules; the units below it follow them unless they have their own.</summary>
public sealed class ApprovalPolicy
{
    public Guid AccountId { get; init; }

    /// <summary>The rules as JSON (<see cref="ApprovalPolicyDto"/>).</summary>
    public required string Rules { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
    public required string UpdatedBy { get; set; }

    public ApprovalPolicyDto ToDto() => JsonSerializer.Deserialize<ApprovalPolicyDto>(Rules, JsonSerializerOptions.Web)!;

    public static string Serialize(ApprovalPolicyDto rules) => JsonSerializer.Serialize(rules, JsonSerializerOptions.Web);

    /// <summary>The policy that holds for <paramref name="account"/>: its own, else the nearest one above it.</summary>
    public static EffectiveApprovalPolicyDto EffectiveFor(
        Accounts.Account account, AccountTree tree, IReadOnlyDictionary<Guid, ApprovalPolicy> policies)
    {
        foreach (var holder in tree.AncestorsOf(account).Prepend(account))
        {
            if (policies.TryGetValue(holder.Id, out var policy))
            {
                return new EffectiveApprovalPolicyDto(account.Id, policy.ToDto(), holder.Id, holder.Name, holder.Id == account.Id);
            }
        }

        return new EffectiveApprovalPolicyDto(account.Id, null, null, null, IsOwn: false);
    }
}
