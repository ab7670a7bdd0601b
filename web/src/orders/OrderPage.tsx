import { useEffect, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { canViewAudit } from '../api/accounts';
import { importReorder } from '../api/cart';
import { ApiError } from '../api/client';
import { followOrder, getOrder, isFinal, type Order } from '../api/orders';
import { paths } from '../app/paths';
import { useAccount } from '../app/PortalContext';
import type { CartLinkState } from '../cart/imports';
import { ErrorBanner, problemText, toBanner, type Banner } from '../shared/banners';
import { OrderActivity } from './OrderActivity';
import { OrderDetails } from './OrderDetails';
import { placedOrderOf } from './placedOrder';

/** How often and how long the page follows an order that is not final; after that the buyer is told to look again. */
const followIntervalMs = 2000;
const followTimeoutMs = 10 * 60_000;

/** One order (`…/orders/:orderId`); each order starts afresh. */
export function OrderPage() {
  const { orderId = '' } = useParams();
  return <OrderPageOf key={orderId} orderId={orderId} />;
}

/**
 * An order with its lines, prices as ordered, approvals, shipments, invoices and history, followed while the ERP carries it
 * out (until it is final, for at most `followTimeoutMs`); cancelling it and ordering it again.
 */
function OrderPageOf({ orderId }: { orderId: string }) {
  const access = useAccount();
  const { accountId } = access;
  const navigate = useNavigate();
  const location = useLocation();
  const placed = placedOrderOf(location.state);
  const [order, setOrder] = useState<Order | null>(null);
  const [notFound, setNotFound] = useState(false);
  const [error, setError] = useState<Banner | null>(null);
  const [waitedOut, setWaitedOut] = useState(false);
  const [reload, setReload] = useState(0);
  const [confirmationShown, setConfirmationShown] = useState(true);
  const [reordering, setReordering] = useState(false);
  const [reorderProblem, setReorderProblem] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    const { signal } = controller;
    setError(null);
    setWaitedOut(false);
    getOrder(accountId, orderId, signal)
      .then(async (first) => {
        setOrder(first);
        if (isFinal(first)) return;
        const last = await followOrder(accountId, orderId, { intervalMs: followIntervalMs, timeoutMs: followTimeoutMs, signal, onUpdate: setOrder });
        if (!last || !isFinal(last)) setWaitedOut(true);
      })
      .catch((err: unknown) => {
        if (signal.aborted) return;
        if (err instanceof ApiError && (err.status === 404 || err.status === 400)) setNotFound(true);
        else setError(toBanner(err));
      });
    return () => controller.abort();
  }, [accountId, orderId, reload]);

  function cancelled(next: Order) {
    setOrder(next);
    if (waitedOut && !isFinal(next)) setReload((n) => n + 1);
  }

  async function reorder() {
    setReordering(true);
    setReorderProblem(null);
    try {
      const report = await importReorder(accountId, orderId);
      const state: CartLinkState = { importReport: report };
      navigate(paths.cart(accountId, report.id), { state });
    } catch (err) {
      setReorderProblem(problemText(err));
      setReordering(false);
    }
  }

  return (
    <div className="order-page">
      <Link to={paths.orders(accountId)} className="back-link" data-testid="order-back">
        ← All orders
      </Link>

      {placed && confirmationShown && (
        <div
          className="banner banner-success"
          role="status"
          data-testid="order-confirmation"
          data-awaits-approval={String(placed.awaitsApproval)}
        >
          <div>
            <strong>Order {placed.placedOrderNumber} placed</strong>
            <p>
              {placed.awaitsApproval
                ? "Thank you. It now waits for your company's approval; once approved it goes to our order system. You can follow it on this page."
                : 'Thank you. We have sent it to our order system; its confirmation and ERP number appear on this page.'}
            </p>
          </div>
          <button type="button" className="banner-close" aria-label="Dismiss" onClick={() => setConfirmationShown(false)}>
            ×
          </button>
        </div>
      )}
      {error && <ErrorBanner error={error} onRetry={() => setReload((n) => n + 1)} />}
      {notFound && (
        <section className="panel" role="status" data-testid="order-not-found">
          <h1>Order not found</h1>
          <p>This account has no such order. It may belong to another account of yours: choose it above.</p>
        </section>
      )}
      {!order && !notFound && !error && <p className="muted">Loading order…</p>}
      {order && (
        <OrderDetails
          order={order}
          waitedOut={waitedOut}
          reordering={reordering}
          reorderProblem={reorderProblem}
          onReorder={reorder}
          onRefresh={() => setReload((n) => n + 1)}
          onCancelled={cancelled}
        />
      )}
      {order && canViewAudit(access) && (
        <OrderActivity accountId={accountId} orderId={order.id} version={`${order.status}/${order.history.length}`} />
      )}
    </div>
  );
}
