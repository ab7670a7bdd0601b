import { useState, type FormEvent } from 'react';
import { cancelOrder, type Order } from '../api/orders';
import { useAccount } from '../app/PortalContext';
import { problemText } from '../shared/banners';
import { cancelAsksErp, canCancel, cancelOutcomeOf, type CancelOutcome } from './orderActions';

/** The server's limit on a cancellation's reason (`CancelOrderHandler.MaxReasonLength`). */
const maxReasonLength = 200;

/**
 * "Cancel order", with an optional reason: cancelled at once before the ERP confirmed the order, else asked of the ERP,
 * which answers later. Stays to show the answer after the order can no longer be cancelled.
 */
export function OrderCancel({ order, onCancelled }: { order: Order; onCancelled: (order: Order) => void }) {
  const { accountId } = useAccount();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<CancelOutcome | null>(null);

  if (!outcome && !canCancel(order)) return null;

  async function confirm(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSending(true);
    setProblem(null);
    try {
      const next = await cancelOrder(accountId, order.id, reason.trim() || null);
      setOutcome(cancelOutcomeOf(next));
      setAsking(false);
      onCancelled(next);
    } catch (err) {
      setProblem(problemText(err));
    } finally {
      setSending(false);
    }
  }

  return (
    <section className="panel" data-testid="order-cancel-panel">
      <h2>Cancel</h2>
      {outcome && (
        <p
          className={outcome === 'unchanged' ? 'banner banner-warning' : 'banner banner-info'}
          role="status"
          data-testid="order-cancel-result"
          data-outcome={outcome}
        >
          {outcome === 'cancelled' && 'The order is cancelled.'}
          {outcome === 'requested' && 'Cancellation requested, the ERP will answer. Its answer shows on this page.'}
          {outcome === 'unchanged' && 'The order could not be cancelled as it stands; its history below says why.'}
        </p>
      )}
      {!outcome && !asking && (
        <button type="button" data-testid="order-cancel" onClick={() => setAsking(true)}>
          Cancel order
        </button>
      )}
      {asking && (
        <form className="cancel-form" onSubmit={confirm}>
          <p className="muted">
            {cancelAsksErp(order)
              ? 'Our order system has confirmed this order, so we ask it to cancel; it refuses when the goods are already on their way.'
              : 'The order is cancelled at once.'}
          </p>
          <label className="field" htmlFor="order-cancel-reason">
            <span>Reason (optional)</span>
            <input
              id="order-cancel-reason"
              data-testid="order-cancel-reason"
              value={reason}
              maxLength={maxReasonLength}
              onChange={(e) => setReason(e.target.value)}
            />
          </label>
          {problem && (
            <p className="field-error" role="alert" data-testid="order-cancel-error">
              {problem}
            </p>
          )}
          <div className="button-row">
            <button type="submit" className="danger" data-testid="order-cancel-confirm" disabled={sending}>
              {sending ? 'Cancelling…' : 'Cancel the order'}
            </button>
            <button type="button" data-testid="order-cancel-keep" disabled={sending} onClick={() => setAsking(false)}>
              Keep it
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
