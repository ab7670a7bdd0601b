import type { CartView } from '../api/cart';
import { isBlocking } from '../api/findings';
import { CreditSummary } from '../shared/CreditSummary';
import { formatMoney } from '../shared/format';

/** Totals and credit of the cart; the total and the way to checkout stay in reach (a sticky bar on phones). */
export function CartSummary({ view, checking, onCheckout }: { view: CartView; checking: boolean; onCheckout: () => void }) {
  const { cart, checks } = view;
  const blocking = checks?.findings.filter(isBlocking).length ?? 0;
  const empty = cart.lines.length === 0;

  return (
    <>
      <section className="panel cart-summary" aria-busy={checking}>
        <h2>Summary</h2>
        <dl className="summary-list">
          <div>
            <dt>Lines</dt>
            <dd data-testid="cart-line-count">{cart.lines.length}</dd>
          </div>
        </dl>
        {checks?.credit && <CreditSummary credit={checks.credit} />}
        {blocking > 0 && (
          <p className="small blocking-note" data-testid="cart-blocking">
            {blocking === 1 ? '1 problem needs' : `${blocking} problems need`} fixing before the order can be placed.
          </p>
        )}
      </section>
      <div className="checkout-bar">
        <div>
          <span className="muted small">Net total</span>{' '}
          <strong className="price-amount" data-testid="cart-total">
            {checks && checks.totals.currency ? formatMoney(checks.totals.netAmount, checks.totals.currency) : '—'}
          </strong>
          {checking && <span className="muted small"> Updating…</span>}
          {!checks && !checking && <span className="muted small"> Prices are not available right now.</span>}
        </div>
        <button type="button" className="primary" data-testid="checkout" disabled={empty} onClick={onCheckout}>
          Checkout
        </button>
      </div>
    </>
  );
}
