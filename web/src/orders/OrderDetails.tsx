import { awaitsErp, type Order } from '../api/orders';
import { formatDate, formatDateTime, formatMoney } from '../shared/format';
import { OrderApprovalChain } from './OrderApprovalChain';
import { OrderAxes } from './OrderAxes';
import { OrderCancel } from './OrderCancel';
import { OrderInvoices } from './OrderInvoices';
import { OrderLinesTable } from './OrderLinesTable';
import { OrderShipments } from './OrderShipments';
import { OrderTimeline } from './OrderTimeline';
import { statusClass, statusHint } from './orderText';

interface DetailsProps {
  order: Order;
  waitedOut: boolean;
  reordering: boolean;
  reorderProblem: string | null;
  onReorder: () => void;
  onRefresh: () => void;
  onCancelled: (order: Order) => void;
}

/**
 * An order's header and where it stands on its three axes, its approvals, lines, shipments, invoices and history; and the
 * ways to cancel it and to order it again.
 */
export function OrderDetails({ order, waitedOut, reordering, reorderProblem, onReorder, onRefresh, onCancelled }: DetailsProps) {
  const shipTo = order.shipTo;
  return (
    <>
      <section className="panel order-head" data-testid="order-details" data-order-id={order.id}>
        <div className="panel-head">
          <h1>
            Order <span data-testid="order-number">{order.number}</span>
          </h1>
          <span className={statusClass(order.status)} data-testid="order-status" title={statusHint(order.status)}>
            {order.status}
          </span>
        </div>
        <OrderAxes order={order} />
        {order.cancellationRequestedAt && order.status !== 'Cancelled' && (
          <div className="banner banner-info" role="status" data-testid="order-cancellation-requested">
            <div>
              <strong>Cancellation requested</strong>
              <p>
                Asked <time dateTime={order.cancellationRequestedAt}>{formatDateTime(order.cancellationRequestedAt)}</time>. Our order
                system answers here: cancelled, or refused when the goods are already on their way.
              </p>
            </div>
          </div>
        )}
        {order.status === 'Cancelled' && (
          <div className="banner banner-error" role="alert" data-testid="order-rejection">
            <div>
              <strong>{order.validationStatus === 'Rejected' ? 'This order was rejected.' : 'This order was cancelled.'}</strong>
              <p>{order.cancellationReason ?? order.rejectionReason ?? 'No reason was given. Your sales contact can tell you more.'}</p>
            </div>
          </div>
        )}
        <dl className="order-facts">
          <div>
            <dt>ERP order</dt>
            <dd data-testid="erp-order-number">
              {order.erpOrderNumber ??
                (order.status === 'Cancelled' ? (
                  '—'
                ) : order.status === 'PendingApproval' ? (
                  <span className="pending">after approval</span>
                ) : (
                  <span className={waitedOut ? 'pending' : 'pending pending-live'}>pending…</span>
                ))}
            </dd>
          </div>
          <div>
            <dt>PO reference</dt>
            <dd data-testid="order-po">{order.purchaseOrderNumber ?? '—'}</dd>
          </div>
          <div>
            <dt>Placed by</dt>
            <dd data-testid="order-placed-by">
              {order.placedBy.name}
              {order.placedBy.isPartner && ' (partner system)'}
            </dd>
          </div>
          <div>
            <dt>Submitted</dt>
            <dd data-testid="order-submitted-at">
              <time dateTime={order.submittedAt}>{formatDateTime(order.submittedAt)}</time>
            </dd>
          </div>
          <div>
            <dt>Requested delivery</dt>
            <dd data-testid="order-requested-date">
              {order.requestedDeliveryDate ? formatDate(order.requestedDeliveryDate) : 'As soon as possible'}
            </dd>
          </div>
          <div>
            <dt>VAT ID</dt>
            <dd data-testid="order-vat-id">{order.vatId ?? '—'}</dd>
          </div>
          <div>
            <dt>Ship to</dt>
            <dd>
              {shipTo ? (
                <address data-testid="order-ship-to">
                  {shipTo.label && <strong>{shipTo.label}</strong>}
                  {shipTo.label && <br />}
                  {shipTo.recipient}
                  <br />
                  {shipTo.street}
                  <br />
                  {shipTo.postalCode} {shipTo.city}
                  <br />
                  {shipTo.country}
                </address>
              ) : (
                <span data-testid="order-ship-to">The account's default address</span>
              )}
            </dd>
          </div>
        </dl>
        {waitedOut && (
          <p className="muted small" data-testid={awaitsErp(order) ? 'order-erp-waiting' : 'order-follow-stopped'}>
            {awaitsErp(order)
              ? 'Our order system has not confirmed this order yet.'
              : 'This page has stopped following the order; what happened since shows when you check again.'}{' '}
            <button type="button" className="link-button" data-testid="order-check-again" onClick={onRefresh}>
              Check again
            </button>
          </p>
        )}
      </section>

      {order.approval && <OrderApprovalChain approval={order.approval} waiting={order.status === 'PendingApproval'} />}

      <section className="panel">
        <h2>Lines</h2>
        <OrderLinesTable lines={order.lines} />
        <p className="order-total-row">
          Net total{' '}
          <strong className="price-amount price-large" data-testid="order-total">
            {formatMoney(order.netAmount, order.currency)}
          </strong>
        </p>
      </section>

      {order.shipments.length > 0 && <OrderShipments shipments={order.shipments} lines={order.lines} />}
      {order.invoices.length > 0 && (
        <OrderInvoices invoices={order.invoices} invoicedAmount={order.invoicedAmount} paidAmount={order.paidAmount} currency={order.currency} />
      )}
      <OrderTimeline history={order.history} />
      <OrderCancel order={order} onCancelled={onCancelled} />

      <section className="panel">
        <h2>Order again</h2>
        <p className="muted">Puts these lines in your cart at today's prices; you see what changed before anything is added.</p>
        {reorderProblem && (
          <p className="field-error" role="alert" data-testid="reorder-error">
            {reorderProblem}
          </p>
        )}
        <button type="button" className="primary" data-testid="reorder" disabled={reordering} onClick={onReorder}>
          {reordering ? 'Checking the lines…' : 'Reorder'}
        </button>
      </section>
    </>
  );
}
