import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError, isAbortError } from '../api/client';
import {
  isSettled,
  listOrders,
  newIdempotencyKey,
  placeOrder,
  pollOrder,
  type Order,
} from '../api/orders';

interface Banner {
  title: string;
  detail?: string;
  errors?: Record<string, string[]>;
}

function toBanner(err: unknown): Banner {
  if (err instanceof ApiError) return { title: err.title, detail: err.detail, errors: err.errors };
  return { title: 'Something went wrong', detail: err instanceof Error ? err.message : String(err) };
}

const sameId = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

const newestFirst = (orders: Order[]) =>
  [...orders].sort((a, b) => Date.parse(b.submittedAt) - Date.parse(a.submittedAt));

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function formatDate(value: string): string {
  const time = Date.parse(value);
  return Number.isNaN(time) ? value : dateFormat.format(time);
}

/** Orders of the account the user acts for (chosen in the header's account switcher). */
export function OrdersPage({ accountId }: { accountId: string }) {
  const [orders, setOrders] = useState<Order[] | null>(null);
  const [reloadToken, setReloadToken] = useState(0);
  const [error, setError] = useState<Banner | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const [poNumber, setPoNumber] = useState('');
  const [sku, setSku] = useState('');
  const [quantity, setQuantity] = useState('1');
  const [submitting, setSubmitting] = useState(false);
  const [polling, setPolling] = useState<ReadonlySet<string>>(() => new Set());

  // One key per submission attempt: kept after a failure so "Place order" again is a safe retry,
  // dropped once the order is placed or the form changes (a different order needs a new key).
  const idempotencyKey = useRef<string | null>(null);
  const currentAccount = useRef(accountId);
  const pollControllers = useRef(new Set<AbortController>());

  useEffect(() => {
    currentAccount.current = accountId;
  }, [accountId]);

  // Stop all polling when the page goes away.
  useEffect(() => {
    const controllers = pollControllers.current;
    return () => {
      for (const controller of controllers) controller.abort();
      controllers.clear();
    };
  }, []);

  useEffect(() => {
    if (!accountId) return;
    const controller = new AbortController();
    setOrders(null);
    idempotencyKey.current = null;
    listOrders(accountId, controller.signal)
      .then((list) => setOrders(newestFirst(list)))
      .catch((err: unknown) => {
        if (!isAbortError(err)) setError(toBanner(err));
      });
    return () => controller.abort();
  }, [accountId, reloadToken]);

  const upsertOrder = useCallback((order: Order) => {
    if (!sameId(order.accountId, currentAccount.current)) return;
    setOrders((prev) => newestFirst([order, ...(prev ?? []).filter((o) => o.id !== order.id)]));
  }, []);

  const startPolling = useCallback(
    (order: Order) => {
      const controller = new AbortController();
      pollControllers.current.add(controller);
      setPolling((prev) => new Set(prev).add(order.id));
      pollOrder(order.accountId, order.id, { signal: controller.signal, onUpdate: upsertOrder })
        .then((last) => {
          if (!last || !isSettled(last)) {
            setNotice(`The ERP has not confirmed order ${order.number} within 30 seconds. Refresh later to see its ERP number.`);
          }
        })
        .catch((err: unknown) => {
          if (!isAbortError(err)) setError(toBanner(err));
        })
        .finally(() => {
          pollControllers.current.delete(controller);
          setPolling((prev) => {
            const next = new Set(prev);
            next.delete(order.id);
            return next;
          });
        });
    },
    [upsertOrder],
  );

  function formChanged() {
    idempotencyKey.current = null;
  }

  function validate(): Banner | null {
    const errors: Record<string, string[]> = {};
    if (!poNumber.trim()) errors['PO number'] = ['Enter your purchase order number.'];
    if (!sku.trim()) errors['SKU'] = ['Enter a SKU.'];
    const qty = Number(quantity);
    if (quantity.trim() === '' || !Number.isFinite(qty) || qty <= 0) errors['Quantity'] = ['Enter a quantity greater than 0.'];
    return Object.keys(errors).length > 0 ? { title: 'Check the order details', errors } : null;
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting || !accountId) return;
    const invalid = validate();
    if (invalid) {
      setError(invalid);
      return;
    }

    idempotencyKey.current ??= newIdempotencyKey();
    setSubmitting(true);
    setError(null);
    setNotice(null);
    try {
      const order = await placeOrder(
        accountId,
        { purchaseOrderNumber: poNumber.trim(), lines: [{ sku: sku.trim(), quantity: Number(quantity) }] },
        idempotencyKey.current,
      );
      idempotencyKey.current = null;
      setPoNumber('');
      setSku('');
      setQuantity('1');
      upsertOrder(order);
      setNotice(`Order ${order.number} placed.`);
      if (!isSettled(order)) startPolling(order);
    } catch (err) {
      setError(toBanner(err));
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <div className="orders-page">
      <div className="page-head">
        <h1>Orders</h1>
      </div>

      {error && (
        <div className="banner banner-error" role="alert" data-testid="error">
          <div>
            <strong>{error.title}</strong>
            {error.detail && <p>{error.detail}</p>}
            {error.errors && (
              <ul>
                {Object.entries(error.errors).flatMap(([field, messages]) =>
                  messages.map((message, i) => (
                    <li key={`${field}-${i}`}>
                      {field ? <>{field}: </> : null}
                      {message}
                    </li>
                  )),
                )}
              </ul>
            )}
          </div>
          <button type="button" className="banner-close" aria-label="Dismiss" onClick={() => setError(null)}>
            ×
          </button>
        </div>
      )}
      {notice && (
        <div className="banner banner-info" role="status" data-testid="notice">
          <span>{notice}</span>
          <button type="button" className="banner-close" aria-label="Dismiss" onClick={() => setNotice(null)}>
            ×
          </button>
        </div>
      )}

      <section className="panel">
        <h2>Place an order</h2>
        <form className="order-form" onSubmit={handleSubmit} noValidate>
          <label className="field">
            <span>PO number</span>
            <input
              data-testid="po-number"
              value={poNumber}
              autoComplete="off"
              placeholder="PO-2024-001"
              onChange={(e) => {
                formChanged();
                setPoNumber(e.target.value);
              }}
            />
          </label>
          <label className="field">
            <span>SKU</span>
            <input
              data-testid="sku"
              value={sku}
              autoComplete="off"
              placeholder="SKU-123"
              onChange={(e) => {
                formChanged();
                setSku(e.target.value);
              }}
            />
          </label>
          <label className="field field-qty">
            <span>Quantity</span>
            <input
              data-testid="quantity"
              type="number"
              inputMode="decimal"
              min="0"
              step="any"
              value={quantity}
              onChange={(e) => {
                formChanged();
                setQuantity(e.target.value);
              }}
            />
          </label>
          <button type="submit" className="primary" data-testid="place-order" disabled={submitting || !accountId}>
            {submitting ? 'Placing…' : 'Place order'}
          </button>
        </form>
      </section>

      <section className="panel">
        <div className="panel-head">
          <h2>Recent orders</h2>
          <button type="button" disabled={!accountId} onClick={() => setReloadToken((n) => n + 1)}>
            Refresh
          </button>
        </div>
        {accountId && orders === null && <p className="muted">Loading orders…</p>}
        {orders !== null && (
          <table className="orders-table" data-testid="orders-table">
            <thead>
              <tr>
                <th scope="col">Order</th>
                <th scope="col">PO number</th>
                <th scope="col">Status</th>
                <th scope="col">ERP order</th>
                <th scope="col">Submitted</th>
                <th scope="col">Lines</th>
              </tr>
            </thead>
            <tbody>
              {orders.length === 0 && (
                <tr className="empty-row">
                  <td colSpan={6}>No orders yet for this account.</td>
                </tr>
              )}
              {orders.map((order) => (
                <tr key={order.id} data-testid="order-row">
                  <td data-label="Order" data-testid="order-number" className="order-number">
                    {order.number}
                  </td>
                  <td data-label="PO number">{order.purchaseOrderNumber ?? '—'}</td>
                  <td data-label="Status" data-testid="order-status">
                    <span className={`status status-${order.status.toLowerCase()}`}>{order.status}</span>
                  </td>
                  <td data-label="ERP order" data-testid="erp-order-number">
                    {order.erpOrderNumber ??
                      (order.status === 'Rejected' ? (
                        '—'
                      ) : (
                        <span className={polling.has(order.id) ? 'pending pending-live' : 'pending'}>pending…</span>
                      ))}
                  </td>
                  <td data-label="Submitted">
                    <time dateTime={order.submittedAt}>{formatDate(order.submittedAt)}</time>
                  </td>
                  <td data-label="Lines">
                    {order.lines.map((line, i) => (
                      <div key={`${line.sku}-${i}`} className="line">
                        {line.sku} × {line.quantity}
                      </div>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
