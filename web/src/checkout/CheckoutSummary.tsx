import type { CreditStatus, OrderTotals } from '../api/orders';
import { CreditSummary } from '../shared/CreditSummary';
import { formatMoney } from '../shared/format';

interface Props {
  totals: OrderTotals | null;
  credit: CreditStatus | null;
  lineCount: number;
  checking: boolean;
  /** Findings that stop the order; null before the first check answered. */
  blocking: number | null;
  submitting: boolean;
  disabled: boolean;
  /** The approval rules the order will wait for once placed, in words; empty when it needs none. */
  approvalRules: string[];
  onPlaceOrder: () => void;
}

/** Totals, credit and what the checks make of the order, with the button that places it (a sticky bar on phones). */
export function CheckoutSummary({ totals, credit, lineCount, checking, blocking, submitting, disabled, approvalRules, onPlaceOrder }: Props) {
  return (
    <>
      <section className="panel checkout-summary" aria-busy={checking}>
        <h2>Summary</h2>
        <dl className="summary-list">
          <div>
            <dt>Lines</dt>
            <dd>{totals?.lineCount ?? lineCount}</dd>
          </div>
        </dl>
        {credit && <CreditSummary credit={credit} />}
        {checking && <p className="muted small">Checking your order…</p>}
        {!checking && blocking !== null && (
          <p className={blocking > 0 ? 'small blocking-note' : 'small in-stock'} data-testid="checkout-status">
            {blocking === 0
              ? 'Ready to order.'
              : `${blocking === 1 ? '1 problem needs' : `${blocking} problems need`} fixing before the order can be placed.`}
          </p>
        )}
        {approvalRules.length > 0 && (
          <p className="banner banner-info small approval-notice" role="status" data-testid="checkout-approval-notice">
            This order will need approval: {approvalRules.join('; ')}. It goes to our order system once approved.
          </p>
        )}
      </section>
      <div className="checkout-bar">
        <div>
          <span className="muted small">Net total</span>{' '}
          <strong className="price-amount" data-testid="checkout-total">
            {totals?.currency ? formatMoney(totals.netAmount, totals.currency) : '—'}
          </strong>
        </div>
        <button type="button" className="primary" data-testid="place-order" disabled={submitting || disabled} onClick={onPlaceOrder}>
          {submitting ? 'Placing order…' : 'Place order'}
        </button>
      </div>
    </>
  );
}
