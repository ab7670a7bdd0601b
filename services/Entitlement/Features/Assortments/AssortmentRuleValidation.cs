using B2BPortal.Contracts.Entitlements;

namespace B2BPortal.Entitlement.Features.Assortments;

internal static class AssortmentRuleValidation
{
    public const int MaxRules = 500;
    public const int MaxValueLength = 200;
    private static readonly string[] Kinds =
        [AssortmentRuleKinds.Category, AssortmentRuleKinds.ExcludedCategory, AssortmentRuleKinds.Sku, AssortmentRuleKinds.Exclusion];

    public static Dictionary<string, string[]> Validate(SetAssortmentRulesRequest? request)
    {
        var errors = new Dictionary<string, string[]>();
        if (request?.Rules is not { Count: <= MaxRules } rules)
        {
            errors["rules"] = [$"Send the account's rules: a list of at most {MaxRules} (an empty list leaves it to inherit)."];
            return errors;
        }

        for (var i = 0; i < rules.Count; i++)
        {
            if (!Kinds.Contains(rules[i]?.Kind))
            {
                errors[$"rules[{i}].kind"] = [$"Rule {i + 1}: the kind is one of {string.Join(", ", Kinds)}."];
            }

            if (string.IsNullOrWhiteSpace(rules[i]?.Value) || rules[i].Value.Length > MaxValueLength)
            {
                errors[$"rules[{i}].value"] = [$"Rule {i + 1}: give a category path (like pumps/centrifugal) or a SKU of at most {MaxValueLength} characters."];
            }
        }

        return errors;
    }
}
