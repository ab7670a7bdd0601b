using System.Text.RegularExpressions;
using B2BPortal.Contracts.Accounts;

namespace B2BPortal.Account.Features.Ordering;

internal static class OrderingSettingsRules
{
    public const int MaxPatternLength = 200;
    public const int MaxHintLength = 200;

    public static Dictionary<string, string[]> Validate(OrderingSettingsDto settings)
    {
        var errors = new Dictionary<string, string[]>();
        if (settings.PurchaseOrderPattern is { } pattern)
        {
            if (pattern.Length > MaxPatternLength || !Compiles(pattern))
            {
                errors["purchaseOrderPattern"] = [$"Give a regular expression of at most {MaxPatternLength} characters, like ^PO-[0-9]{{4,10}}$."];
            }
            else if (string.IsNullOrWhiteSpace(settings.PurchaseOrderHint))
            {
                errors["purchaseOrderHint"] = ["Say in words what a reference looks like (buyers see it when one does not match), like \"PO- and 4 to 10 digits\"."];
            }
        }

        if (settings.PurchaseOrderHint is { Length: > MaxHintLength })
        {
            errors["purchaseOrderHint"] = [$"The hint has at most {MaxHintLength} characters."];
        }

        return errors;
    }

    // The Order service evaluates the pattern with the non-backtracking engine, so it is compiled with it here too.
    private static bool Compiles(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
