import { useState } from 'react';
import { useNavigate } from 'react-router';
import { canRequestQuotes } from '../api/accounts';
import type { Cart } from '../api/cart';
import { newIdempotencyKey } from '../api/orders';
import { requestQuote } from '../api/quotes';
import { paths } from '../app/paths';
import { useAccount } from '../app/PortalContext';
import { ErrorBanner, toBanner, type Banner } from '../shared/banners';

/** A large or special order: the cart as it stands goes to the account manager as a request for quotation instead. */
export function QuoteFromCart({ cart }: { cart: Cart }) {
  const access = useAccount();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Banner | null>(null);
  const [key] = useState(newIdempotencyKey);
  if (!canRequestQuotes(access) || cart.lines.length === 0) return null;

  const ask = async () => {
    setBusy(true);
    try {
      const quote = await requestQuote(access.accountId, { fromCartVersion: cart.version, submit: true }, key);
      navigate(paths.quote(access.accountId, quote.id));
    } catch (err) {
      setError(toBanner(err));
      setBusy(false);
    }
  };

  return (
    <section className="panel quote-from-cart">
      <p className="small">A large order, or one that needs a special price? Ask your account manager for a quote on this cart.</p>
      {error && <ErrorBanner error={error} onDismiss={() => setError(null)} />}
      <button type="button" data-testid="cart-request-quote" disabled={busy} onClick={ask}>
        Request a quote for this cart
      </button>
    </section>
  );
}
