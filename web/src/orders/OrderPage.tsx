import { useEffect, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { importReorder } from '../api/cart';
import { ApiError } from '../api/client';
import { getOrder, isSettled, pollOrder, type Order } from '../api/orders';
import { paths } from '../app/paths';
import { useAccount } from '../app/PortalContext';
import type { CartLinkState } from '../cart/imports';
import { ErrorBanner, problemText, toBanner, type Banner } from '../shared/banners';
import { OrderDetails } from './OrderDetails';

/** How long the page keeps asking for the ERP's answer; after that the buyer is told to look again later. */
const pollIntervalMs = 2000;
const pollTimeoutMs = 10 * 60_000;

function placedOrderNumberOf(state: unknown): string | null {
  if (!state || typeof state !== 'object') return null;
  const number = (state as { placedOrderNumber?: unknown }).placedOrderNumber;
  return typeof number === 'string' ? number : null;
}

/** One order (`…/orders/:orderId`); each order starts afresh. */
export function OrderPage() {
  const { orderId = '' } = useParams();
  return <OrderPageOf key={orderId} orderId={orderId} />;
}

/** An order with its lines, prices as ordered and shipments, followed until the ERP answers; and ordering it again. */
function OrderPageOf({ orderId }: { orderId: string }) {
  const { accountId } = useAccount();
  const navigate = useNavigate();
  const location = useLocation();
  const placedNumber = placedOrderNumberOf(location.state);
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
        if (isSettled(first)) return;
        const last = await pollOrder(accountId, orderId, { intervalMs: pollIntervalMs, timeoutMs: pollTimeoutMs, signal, onUpdate: setOrder });
        if (!last || !isSettled(last)) setWaitedOut(true);
      })
      .catch((err: unknown) => {
        if (signal.aborted) return;
        if (err instanceof ApiError && (err.status === 404 || err.status === 400)) setNotFound(true);
        else setError(toBanner(err));
      });
    return () => controller.abort();
  }, [accountId, orderId, reload]);

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

      {placedNumber && confirmationShown && (
        <div className="banner banner-success" role="status" data-testid="order-confirmation">
          <div>
            <strong>Order {placedNumber} placed</strong>
            <p>Thank you. We have sent it to our order system; its confirmation and ERP number appear on this page.</p>
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
        />
      )}
    </div>
  );
}
