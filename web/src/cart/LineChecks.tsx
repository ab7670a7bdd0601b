import type { PreviewLine } from '../api/orders';
import { formatAsOf, formatDate, formatMoney, formatQuantity } from '../shared/format';

/** What the checks know of a cart line: its price (with why and the quantity breaks), stock per warehouse, where it ships from. */
export function LineChecks({ check, unit, now }: { check: PreviewLine | null; unit: string; now: Date }) {
  if (!check) return <p className="muted small">Price and stock are being checked…</p>;
  const { price, product, allocations } = check;
  const stock = product?.availability;
  const tiers = price ? [...price.tiers].sort((a, b) => a.minQuantity - b.minQuantity) : [];

  return (
    <div className="line-checks">
      <div className="line-price">
        {price ? (
          <>
            <span>
              <span className="price-amount" data-testid="line-unit-price">
                {formatMoney(price.unitPrice, price.currency)}
              </span>
              <span className="muted"> / {unit || 'unit'}</span>
            </span>
            <span>
              <span className="muted">Line </span>
              <strong className="price-amount" data-testid="line-amount">
                {formatMoney(price.lineAmount, price.currency)}
              </strong>
            </span>
            <p className="muted small line-price-explanation" data-testid="line-price-explanation">
              {price.explanation.text}
              {tiers.length > 1 &&
                ` · ${tiers.map((t) => `from ${formatQuantity(t.minQuantity)}: ${formatMoney(t.unitPrice, price.currency)}`).join(', ')}`}
            </p>
          </>
        ) : (
          <span className="price-unavailable" data-testid="line-unit-price">
            Price unavailable
          </span>
        )}
      </div>

      {stock && (
        <div className="line-stock">
          <span className="muted small" data-testid="line-stock-as-of">
            Stock {formatAsOf(stock.asOf, now) ?? 'not confirmed by any warehouse'}
          </span>
          <ul className="inline-list">
            {stock.warehouses.length === 0 && <li className="out-of-stock">Out of stock</li>}
            {stock.warehouses.map((w) => (
              <li key={w.warehouse} data-testid="line-stock" data-warehouse={w.warehouse} title={formatAsOf(w.confirmedAt, now) ?? undefined}>
                {w.warehouseName}{' '}
                <strong className={w.quantity > 0 ? 'in-stock' : 'out-of-stock'}>{formatQuantity(w.quantity)}</strong>
              </li>
            ))}
          </ul>
        </div>
      )}

      {allocations.length > 0 && (
        <ul className="plain-list small" aria-label="Ships from">
          {allocations.map((a, i) => (
            <li key={`${a.warehouse}-${i}`} data-testid="line-allocation" data-warehouse={a.warehouse}>
              Ships {formatQuantity(a.quantity)} from {a.warehouseName}, arrives from {formatDate(a.earliestDelivery)}
              {a.backorder && <span className="badge badge-backorder">backorder</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
