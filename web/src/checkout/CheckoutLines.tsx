import { Link } from 'react-router';
import { warehouses, type CartLine } from '../api/cart';
import type { OrderFinding, Suggestion } from '../api/findings';
import type { PreviewLine } from '../api/orders';
import { paths } from '../app/paths';
import { FindingList } from '../shared/FindingList';
import { formatDate, formatMoney, formatQuantity } from '../shared/format';

export interface CheckoutLine {
  line: CartLine;
  check: PreviewLine | null;
  findings: OrderFinding[];
}

const warehouseName = (code: string | null) => (code ? (warehouses.find((w) => w.code === code)?.name ?? code) : 'Best available');

/** The lines being ordered, compactly: quantity, where they ship from, amount, and what the checks say of each. */
export function CheckoutLines({
  accountId,
  lines,
  busy,
  onApply,
}: {
  accountId: string;
  lines: CheckoutLine[];
  busy: boolean;
  onApply: (line: CartLine, suggestion: Suggestion) => void;
}) {
  return (
    <section className="panel">
      <div className="panel-head">
        <h2>Lines</h2>
        <Link to={paths.cart(accountId)} data-testid="checkout-edit-cart">
          Change in cart
        </Link>
      </div>
      <ul className="checkout-lines">
        {lines.map(({ line, check, findings }) => {
          const earliest = check?.allocations.map((a) => a.earliestDelivery).sort().at(-1);
          return (
            <li key={line.sku} className="checkout-line" data-testid="checkout-line" data-sku={line.sku}>
              <div className="checkout-line-main">
                <span>
                  <span className="sku">{line.sku}</span> {check?.product?.name}
                </span>
                <span className="price-amount" data-testid="line-amount">
                  {check?.price ? formatMoney(check.price.lineAmount, check.price.currency) : '—'}
                </span>
              </div>
              <div className="muted small">
                {formatQuantity(line.quantity)} {check?.product?.unitOfMeasure} · from{' '}
                <span data-testid="checkout-line-warehouse">{warehouseName(line.warehouse)}</span>
                {earliest && ` · arrives from ${formatDate(earliest)}`}
                {check?.allocations.some((a) => a.backorder) && ' · partly on backorder'}
                {line.note && ` · “${line.note}”`}
              </div>
              <FindingList
                findings={findings}
                testId="checkout-finding"
                onApply={(_finding, suggestion) => onApply(line, suggestion)}
                canApply={(s) => s.kind !== 'date'}
                disabled={busy}
              />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
