import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { isAbortError } from '../api/client';
import { awaitsErp, listOrders, orderListCriteriaFrom, orderListQuery, type OrderList, type OrderListCriteria } from '../api/orders';
import { paths } from '../app/paths';
import { useAccount } from '../app/PortalContext';
import { ErrorBanner, toBanner, type Banner } from '../shared/banners';
import { formatDateTime, formatMoney } from '../shared/format';
import { axisHint, paymentLabel, statusClass, statusHint, statusLabel } from './orderText';

const debounceMs = 400;
/** While an order waits for its ERP number, the list is read again this often. */
const pollMs = 5000;

/** The account's orders (`…/orders?q=&page=`), newest first, searchable by order number or purchase-order reference. */
export function OrdersPage() {
  const { accountId } = useAccount();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const search = searchParams.toString();
  const criteria = useMemo(() => orderListCriteriaFrom(new URLSearchParams(search)), [search]);
  const key = orderListQuery(criteria);
  const [text, setText] = useState(criteria.q);
  const [list, setList] = useState<OrderList | null>(null);
  const [error, setError] = useState<Banner | null>(null);
  const [reload, setReload] = useState(0);
  /** Reads finished, successful or not: each one schedules the next poll while orders wait. */
  const [reads, setReads] = useState(0);
  const shownKey = useRef<string | null>(null);

  function show(next: OrderListCriteria, replace = false) {
    navigate(paths.orders(accountId, orderListQuery(next)), { replace });
  }

  useEffect(() => {
    setText((current) => (current.trim() === criteria.q ? current : criteria.q));
  }, [criteria.q]);

  useEffect(() => {
    const q = text.trim();
    if (q === criteria.q) return;
    const timer = setTimeout(
      () => navigate(paths.orders(accountId, orderListQuery({ q, page: 1 })), { replace: true, preventScrollReset: true }),
      debounceMs,
    );
    return () => clearTimeout(timer);
  }, [text, criteria.q, navigate, accountId]);

  useEffect(() => {
    const controller = new AbortController();
    const fresh = shownKey.current !== key;
    if (fresh) {
      setList(null);
      setError(null);
    }
    listOrders(accountId, criteria, controller.signal)
      .then((next) => {
        shownKey.current = key;
        setList(next);
        setError(null);
      })
      .catch((err: unknown) => {
        // A poll that fails keeps the list shown; the next poll tries again.
        if (!isAbortError(err) && fresh) setError(toBanner(err));
      })
      .finally(() => {
        if (!controller.signal.aborted) setReads((n) => n + 1);
      });
    return () => controller.abort();
    // `criteria` is fully described by `key`.
  }, [accountId, key, reload]);

  const waiting = list?.items.some(awaitsErp) ?? false;
  useEffect(() => {
    if (!waiting) return;
    const timer = setTimeout(() => setReload((n) => n + 1), pollMs);
    return () => clearTimeout(timer);
  }, [waiting, reads]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const q = text.trim();
    if (q === criteria.q && criteria.page === 1) setReload((n) => n + 1);
    else show({ q, page: 1 });
  }

  return (
    <div className="orders-page">
      <div className="page-head">
        <h1>Orders</h1>
        <Link to={paths.cart(accountId)}>Go to cart</Link>
      </div>

      <section className="panel">
        <form className="order-search" role="search" onSubmit={submit}>
          <label className="field" htmlFor="order-search">
            <span>Order number or PO reference</span>
            <input
              id="order-search"
              type="search"
              data-testid="order-search"
              value={text}
              autoComplete="off"
              enterKeyHint="search"
              placeholder="ORD-… or your PO"
              onChange={(e) => setText(e.target.value)}
            />
          </label>
          <button type="submit" className="primary" data-testid="order-search-submit">
            Search
          </button>
        </form>
      </section>

      {error && <ErrorBanner error={error} onRetry={() => setReload((n) => n + 1)} />}
      {!list && !error && <p className="muted">Loading orders…</p>}
      {list && (
        <section className="panel">
          <table className="orders-table" data-testid="orders-table">
            <thead>
              <tr>
                <th scope="col">Order</th>
                <th scope="col">PO reference</th>
                <th scope="col">Status</th>
                <th scope="col">ERP order</th>
                <th scope="col" className="num">
                  Total
                </th>
                <th scope="col">Placed</th>
                <th scope="col">Placed by</th>
              </tr>
            </thead>
            <tbody>
              {list.items.length === 0 && (
                <tr className="empty-row">
                  <td colSpan={7} data-testid="orders-empty">
                    {criteria.q ? `No orders match “${criteria.q}”.` : criteria.page > 1 ? 'No more orders.' : 'No orders yet for this account.'}
                  </td>
                </tr>
              )}
              {list.items.map((order) => (
                <tr key={order.id} data-testid="order-row" data-order-id={order.id}>
                  <td data-label="Order" className="order-number">
                    <Link to={paths.order(accountId, order.id)} data-testid="order-number">
                      {order.number}
                    </Link>
                  </td>
                  <td data-label="PO reference" data-testid="order-po">
                    {order.purchaseOrderNumber ?? '—'}
                  </td>
                  <td data-label="Status">
                    <div className="status-cell">
                      <span className={statusClass(order.status)} data-testid="order-status" title={statusHint(order.status)}>
                        {statusLabel(order.status)}
                      </span>
                      <span
                        className={`small payment-${order.paymentStatus.toLowerCase()}`}
                        data-testid="order-payment-status"
                        data-status={order.paymentStatus}
                        title={axisHint('payment', order.paymentStatus)}
                      >
                        {paymentLabel(order.paymentStatus)}
                      </span>
                    </div>
                  </td>
                  <td data-label="ERP order" data-testid="erp-order-number">
                    {order.erpOrderNumber ?? (awaitsErp(order) ? <span className="pending pending-live">pending…</span> : '—')}
                  </td>
                  <td data-label="Total" className="num" data-testid="order-total">
                    {formatMoney(order.netAmount, order.currency)}
                  </td>
                  <td data-label="Placed" data-testid="order-date">
                    <time dateTime={order.submittedAt}>{formatDateTime(order.submittedAt)}</time>
                  </td>
                  <td data-label="Placed by" data-testid="order-placed-by">
                    {order.placedBy}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <nav className="pager" aria-label="Order pages">
            <button
              type="button"
              data-testid="orders-previous"
              disabled={criteria.page <= 1}
              onClick={() => show({ ...criteria, page: criteria.page - 1 })}
            >
              ← Newer
            </button>
            <span className="muted" data-testid="orders-page">
              Page {criteria.page}
            </span>
            <button
              type="button"
              data-testid="orders-next"
              disabled={!list.hasMore}
              onClick={() => show({ ...criteria, page: criteria.page + 1 })}
            >
              Older →
            </button>
          </nav>
        </section>
      )}
    </div>
  );
}
