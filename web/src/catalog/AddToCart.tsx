import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { setCartLine } from '../api/cart';
import { useCartCount } from '../app/CartCount';
import { paths } from '../app/paths';
import { problemText } from '../shared/banners';
import { formatQuantity } from '../shared/format';

type Outcome = { kind: 'added'; quantity: number } | { kind: 'failed'; message: string };

/** Puts the product in the cart with the quantity chosen (setting the line's quantity, not adding to it). */
export function AddToCart({ accountId, sku, unit, quantity }: { accountId: string; sku: string; unit: string; quantity: number | null }) {
  const cartCount = useCartCount();
  const [adding, setAdding] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  // A confirmation speaks of the quantity it was for; once the quantity changes it would mislead.
  useEffect(() => {
    setOutcome((current) => (current?.kind === 'added' && current.quantity !== quantity ? null : current));
  }, [quantity]);

  async function add() {
    if (quantity === null || adding) return;
    setAdding(true);
    setOutcome(null);
    try {
      cartCount.report(await setCartLine(accountId, sku, { quantity }));
      setOutcome({ kind: 'added', quantity });
    } catch (err) {
      setOutcome({ kind: 'failed', message: problemText(err) });
    } finally {
      setAdding(false);
    }
  }

  return (
    <div className="add-to-cart">
      <button type="button" className="primary" data-testid="add-to-cart" disabled={quantity === null || adding} onClick={add}>
        {adding ? 'Adding…' : 'Add to cart'}
      </button>
      {outcome?.kind === 'added' && (
        <p className="add-to-cart-done" role="status" data-testid="add-to-cart-confirmation">
          Your cart now holds {formatQuantity(outcome.quantity)} {unit} of {sku}.{' '}
          <Link to={paths.cart(accountId)} data-testid="add-to-cart-view-cart">
            View cart
          </Link>
        </p>
      )}
      {outcome?.kind === 'failed' && (
        <p className="field-error" role="alert" data-testid="add-to-cart-error">
          {outcome.message}
        </p>
      )}
    </div>
  );
}
