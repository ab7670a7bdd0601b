using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using B2BPortal.Contracts.Orders;
using B2BPortal.Order.Features.Orders;
using static B2BPortal.Order.Features.Validation.Findings;

namespace B2BPortal.Order.Features.Validation;

/// <summary>
/// Layer 1, data integrity: the order is complete and well formed. Lines have a SKU and a quantity the portal can store; the
/// purchase-order reference is there when the company requires one, has its format and, where the company says so, was not
/// used before; a VAT id, when given, has its country's format; the requested date is not in the past; the ship-to address is
/// one the account may use. A draft (a cart being edited) skips the header: it has none yet.
/// </summary>
internal static partial class DataIntegrityRules
{
    private const string Layer = FindingLayers.DataIntegrity;
    private static readonly ConcurrentDictionary<string, Regex?> Patterns = new(StringComparer.Ordinal);

    public static IEnumerable<OrderFindingDto> Check(OrderDraft draft, OrderFacts facts, bool isDraft)
    {
        foreach (var finding in CheckLines(draft))
        {
            yield return finding;
        }

        if (isDraft)
        {
            yield break;
        }

        foreach (var finding in CheckHeader(draft, facts))
        {
            yield return finding;
        }
    }

    private static IEnumerable<OrderFindingDto> CheckLines(OrderDraft draft)
    {
        if (draft.Lines.Count == 0)
        {
            yield return Error(Layer, FindingCodes.LinesRequired, "The order has no lines. Add at least one product.", field: "lines");
            yield break;
        }

        if (draft.Lines.Count > LineRules.MaxLines)
        {
            yield return Error(Layer, FindingCodes.TooManyLines,
                $"The order has {Quantity(draft.Lines.Count)} lines; one order holds at most {Quantity(LineRules.MaxLines)}. Split it into several orders.",
                field: "lines");
            yield break;
        }

        foreach (var line in draft.Lines)
        {
            if (line.Sku is null || LineRules.SkuProblem(line.Sku) is not null)
            {
                yield return Error(Layer, FindingCodes.SkuInvalid,
                    $"Line {line.LineNumber}: give a SKU of 1 to {LineRules.MaxSkuLength} characters, like PMP-1001.", line.LineNumber, line.Sku,
                    $"lines[{line.LineNumber - 1}].sku");
            }

            if (LineRules.QuantityProblem(line.Quantity) is not null)
            {
                yield return Error(Layer, FindingCodes.QuantityInvalid,
                    $"{LineRef(line)}: the quantity {Quantity(line.Quantity)} cannot be ordered. Give more than 0 and at most " +
                    $"{Quantity(LineRules.MaxQuantity)}, with at most {LineRules.QuantityDecimals} decimals.",
                    line.LineNumber, line.Sku, $"lines[{line.LineNumber - 1}].quantity");
            }

            if (line.Note is { Length: > LineRules.MaxNoteLength })
            {
                yield return Error(Layer, FindingCodes.NoteTooLong,
                    $"{LineRef(line)}: a line note has at most {LineRules.MaxNoteLength} characters; this one has {line.Note.Length}.",
                    line.LineNumber, line.Sku, $"lines[{line.LineNumber - 1}].note");
            }
        }
    }

    private static IEnumerable<OrderFindingDto> CheckHeader(OrderDraft draft, OrderFacts facts)
    {
        var settings = facts.Profile.Settings;
        var company = facts.Profile.CompanyName;
        const string poField = "purchaseOrderNumber";
        if (draft.PurchaseOrderNumber is not { } reference)
        {
            if (settings.PurchaseOrderRequired)
            {
                yield return Error(Layer, FindingCodes.PurchaseOrderRequired,
                    $"Give your purchase-order reference: {company} requires one on every order" +
                    (settings.PurchaseOrderHint is { } hint ? $" ({hint})." : "."), field: poField);
            }
        }
        else if (reference.Length > OrderFieldRules.MaxPurchaseOrderLength || !PurchaseOrderCharacters().IsMatch(reference))
        {
            yield return Error(Layer, FindingCodes.PurchaseOrderFormat,
                $"A purchase-order reference has 1 to {OrderFieldRules.MaxPurchaseOrderLength} characters: letters, digits, spaces and - / . _ #.",
                field: poField);
        }
        else if (settings.PurchaseOrderPattern is { } pattern && Pattern(pattern) is { } regex && !Matches(regex, reference))
        {
            yield return Error(Layer, FindingCodes.PurchaseOrderFormat,
                $"{reference} is not a purchase-order reference as {company} writes them: {settings.PurchaseOrderHint ?? pattern}.", field: poField);
        }
        else if (settings.UniquePurchaseOrders && facts.PurchaseOrderUsedBy is { } earlier)
        {
            yield return PurchaseOrderTaken(reference, earlier, company);
        }

        if (draft.VatId is { } vatId && (vatId.Length > OrderFieldRules.MaxVatIdLength || !VatIds.IsWellFormed(vatId)))
        {
            yield return Error(Layer, FindingCodes.VatIdFormat,
                $"{vatId} is not a VAT id in a format we know: it starts with the country code and has that country's digits, like DE123456789 " +
                "or SE556677889901. Leave it empty if the order needs none.", field: "vatId");
        }

        if (draft.RequestedDeliveryDate is { } requested && requested < facts.Today)
        {
            yield return Error(Layer, FindingCodes.RequestedDateInPast,
                $"The requested delivery date {Date(requested)} has passed. Choose {Date(facts.Today)} or later, or leave it empty for as soon as possible.",
                field: "requestedDeliveryDate") with { SuggestedDate = facts.Today };
        }

        if (draft.ShipToAddressId is not { } shipTo)
        {
            yield return Error(Layer, FindingCodes.ShipToRequired, "Choose where the order goes: one of the account's ship-to addresses.", field: "shipToAddressId");
        }
        else if (facts.Profile.ShipToAddresses.All(a => a.Id != shipTo))
        {
            var known = string.Join("; ", facts.Profile.ShipToAddresses.Select(a => $"{a.Label} ({a.Id})"));
            yield return Error(Layer, FindingCodes.ShipToUnknown,
                $"The ship-to address {shipTo} is not one of {facts.Profile.AccountName}'s. Choose one of: {(known.Length == 0 ? "none are set up; ask your administrator" : known)}.",
                field: "shipToAddressId");
        }
    }

    /// <summary>The reference is taken: by an order read with the facts, or by one that committed while this one was checked.</summary>
    public static OrderFindingDto PurchaseOrderTaken(string reference, EarlierOrder earlier, string company) =>
        Error(Layer, FindingCodes.PurchaseOrderDuplicate,
            $"{reference} was already used for order {earlier.Number} on {Date(DateOnly.FromDateTime(earlier.SubmittedAt.UtcDateTime))}, and " +
            $"{company} uses each reference once. Give this order its own reference.", field: "purchaseOrderNumber");

    /// <summary>The company's pattern, compiled once with the non-backtracking engine (no pattern can make a check run away).</summary>
    private static Regex? Pattern(string pattern) => Patterns.GetOrAdd(pattern, p =>
    {
        try
        {
            return new Regex(p, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
        }
        catch (ArgumentException)
        {
            return null;
        }
    });

    private static bool Matches(Regex regex, string value)
    {
        try
        {
            return regex.IsMatch(value);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"^[\p{L}\p{N} \-/._#]+$")]
    private static partial Regex PurchaseOrderCharacters();
}
