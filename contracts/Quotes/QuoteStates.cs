namespace B2BPortal.Contracts.Quotes;

/// <summary>
/// One state model for a quote, shared by both parties (docs/quotes.md, "The quote's life"): what each party sees is a label
/// of the same state (<see cref="QuoteLabels"/>), never a state of its own.
/// </summary>
public static class QuoteStates
{
    /// <summary>The buyer is still writing the request; the seller does not see it.</summary>
    public const string Draft = "Draft";

    /// <summary>The buyer asked; nobody on the seller's side has taken it up yet.</summary>
    public const string Submitted = "Submitted";

    /// <summary>An account manager is pricing it (the staged revision).</summary>
    public const string InReview = "InReview";

    /// <summary>A revision was sent to the buyer and waits for an answer until its validity ends.</summary>
    public const string Sent = "Sent";

    public const string Accepted = "Accepted";
    public const string Declined = "Declined";

    /// <summary>The buyer answered a revision (or an expired one) with a counter-request; the seller prices it again.</summary>
    public const string RenegotiationRequested = "RenegotiationRequested";

    /// <summary>The sent or accepted revision's validity ended before it was ordered.</summary>
    public const string Expired = "Expired";

    /// <summary>Taken back: by the buyer before a revision was accepted, or by the seller while one waits for the buyer.</summary>
    public const string Withdrawn = "Withdrawn";

    /// <summary>The accepted revision became an order; a quote is ordered at most once.</summary>
    public const string Ordered = "Ordered";

    /// <summary>Filed away by the seller once nothing can happen to it any more.</summary>
    public const string Closed = "Closed";

    public static readonly IReadOnlyList<string> All =
        [Draft, Submitted, InReview, Sent, Accepted, Declined, RenegotiationRequested, Expired, Withdrawn, Ordered, Closed];

    /// <summary>States in which the seller has something to do.</summary>
    public static readonly IReadOnlyList<string> WaitingForSeller = [Submitted, InReview, RenegotiationRequested];

    /// <summary>States whose revision runs out at its validity (the expiry timer looks at these only).</summary>
    public static readonly IReadOnlyList<string> Expiring = [Sent, Accepted];
}

/// <summary>Who moves a quote: the buying company, the manufacturer's account manager, or the portal itself (expiry, ordering).</summary>
public static class QuoteParties
{
    public const string Buyer = "buyer";
    public const string Seller = "seller";
    public const string Portal = "portal";
}

/// <summary>
/// The transition table: each state, the states it may move to, and which party may move it there. It is the whole of what
/// may happen to a quote; the Quote service refuses anything else with a 409 that names the state.
/// </summary>
public static class QuoteTransitions
{
    public static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Table =
        new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            [QuoteStates.Draft] = new Dictionary<string, string>
            {
                [QuoteStates.Submitted] = QuoteParties.Buyer, [QuoteStates.Withdrawn] = QuoteParties.Buyer,
            },
            [QuoteStates.Submitted] = new Dictionary<string, string>
            {
                [QuoteStates.InReview] = QuoteParties.Seller, [QuoteStates.Withdrawn] = QuoteParties.Buyer,
            },
            [QuoteStates.InReview] = new Dictionary<string, string>
            {
                [QuoteStates.Sent] = QuoteParties.Seller, [QuoteStates.Withdrawn] = QuoteParties.Buyer,
            },
            [QuoteStates.Sent] = new Dictionary<string, string>
            {
                [QuoteStates.Accepted] = QuoteParties.Buyer, [QuoteStates.Declined] = QuoteParties.Buyer,
                [QuoteStates.RenegotiationRequested] = QuoteParties.Buyer, [QuoteStates.Withdrawn] = QuoteParties.Seller,
                [QuoteStates.Expired] = QuoteParties.Portal,
            },
            [QuoteStates.RenegotiationRequested] = new Dictionary<string, string>
            {
                [QuoteStates.InReview] = QuoteParties.Seller, [QuoteStates.Withdrawn] = QuoteParties.Buyer,
            },
            [QuoteStates.Accepted] = new Dictionary<string, string>
            {
                [QuoteStates.Ordered] = QuoteParties.Portal, [QuoteStates.Expired] = QuoteParties.Portal,
            },
            // Ordered from Expired: an order placed in time whose news arrives after the timer ran.
            [QuoteStates.Expired] = new Dictionary<string, string>
            {
                [QuoteStates.RenegotiationRequested] = QuoteParties.Buyer, [QuoteStates.Closed] = QuoteParties.Seller,
                [QuoteStates.Ordered] = QuoteParties.Portal,
            },
            [QuoteStates.Declined] = new Dictionary<string, string> { [QuoteStates.Closed] = QuoteParties.Seller },
            [QuoteStates.Withdrawn] = new Dictionary<string, string> { [QuoteStates.Closed] = QuoteParties.Seller },
            [QuoteStates.Ordered] = new Dictionary<string, string> { [QuoteStates.Closed] = QuoteParties.Seller },
            [QuoteStates.Closed] = new Dictionary<string, string>(),
        };

    /// <summary>The party that may move a quote from <paramref name="from"/> to <paramref name="to"/>, or null when no party may.</summary>
    public static string? PartyFor(string from, string to) =>
        Table.TryGetValue(from, out var next) && next.TryGetValue(to, out var party) ? party : null;
}

/// <summary>What each party calls a state: one state, two labels, so a buyer's "Quote received" is the seller's "Waiting for the buyer".</summary>
public static class QuoteLabels
{
    public static string For(string state, string party) => (state, party == QuoteParties.Seller) switch
    {
        (QuoteStates.Draft, _) => "Draft",
        (QuoteStates.Submitted, false) => "Requested",
        (QuoteStates.Submitted, true) => "New request",
        (QuoteStates.InReview, false) => "Being priced",
        (QuoteStates.InReview, true) => "In review",
        (QuoteStates.Sent, false) => "Quote received",
        (QuoteStates.Sent, true) => "Waiting for the buyer",
        (QuoteStates.Accepted, false) => "Accepted — ready to order",
        (QuoteStates.Accepted, true) => "Accepted",
        (QuoteStates.Declined, _) => "Declined",
        (QuoteStates.RenegotiationRequested, false) => "Renegotiation asked",
        (QuoteStates.RenegotiationRequested, true) => "Renegotiation requested",
        (QuoteStates.Expired, _) => "Expired",
        (QuoteStates.Withdrawn, _) => "Withdrawn",
        (QuoteStates.Ordered, _) => "Ordered",
        (QuoteStates.Closed, _) => "Closed",
        _ => state,
    };
}
