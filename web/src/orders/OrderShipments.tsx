import type { OrderLine, Shipment } from '../api/orders';
import { formatDateTime, formatQuantity } from '../shared/format';

/** The order's shipments as the ERP reported them: carrier, tracking number, when they left and arrived, what is in each. */
export function OrderShipments({ shipments, lines }: { shipments: Shipment[]; lines: OrderLine[] }) {
  const lineOf = (lineNumber: number) => lines.find((l) => l.lineNumber === lineNumber);
  return (
    <section className="panel" data-testid="order-shipments">
      <h2>Shipments</h2>
      <ul className="shipment-list">
        {shipments.map((shipment) => (
          <li key={shipment.number} className="shipment" data-testid="order-shipment" data-shipment={shipment.number}>
            <div className="shipment-head">
              <strong>Shipment {shipment.number}</strong>
              <span className={shipment.deliveredAt ? 'status status-delivered' : 'status status-shipped'}>
                {shipment.deliveredAt ? 'Delivered' : 'On its way'}
              </span>
            </div>
            <dl className="facts">
              <div>
                <dt>Carrier</dt>
                <dd>{shipment.carrier ?? '—'}</dd>
              </div>
              <div>
                <dt>Tracking</dt>
                <dd data-testid="shipment-tracking">{shipment.trackingNumber ?? '—'}</dd>
              </div>
              <div>
                <dt>Shipped</dt>
                <dd>
                  <time dateTime={shipment.shippedAt}>{formatDateTime(shipment.shippedAt)}</time>
                </dd>
              </div>
              {shipment.deliveredAt && (
                <div>
                  <dt>Delivered</dt>
                  <dd data-testid="shipment-delivered">
                    <time dateTime={shipment.deliveredAt}>{formatDateTime(shipment.deliveredAt)}</time>
                  </dd>
                </div>
              )}
            </dl>
            <ul className="plain-list small">
              {shipment.lines.map((part) => {
                const line = lineOf(part.lineNumber);
                return (
                  <li key={part.lineNumber} data-testid="shipment-line" data-line={part.lineNumber}>
                    {formatQuantity(part.quantity)} {line?.unit ?? ''} <span className="sku">{line?.sku ?? `line ${part.lineNumber}`}</span>{' '}
                    {line?.name}
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
