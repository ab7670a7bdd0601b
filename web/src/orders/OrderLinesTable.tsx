import { warehouses } from '../api/cart';
import type { OrderLine } from '../api/orders';
import { formatDate, formatMoney, formatQuantity } from '../shared/format';
import { priceBasis } from './orderText';

const warehouseName = (code: string) => warehouses.find((w) => w.code === code)?.name ?? code;

/**
 * An order's lines as ordered: the price kept with the order and why, which warehouse ships what when, and as the ERP
 * carries it out, what has shipped and what waits for stock until when.
 */
export function OrderLinesTable({ lines }: { lines: OrderLine[] }) {
  return (
    <table className="orders-table order-lines">
      <thead>
        <tr>
          <th scope="col">Product</th>
          <th scope="col" className="num">
            Quantity
          </th>
          <th scope="col" className="num">
            Unit price
          </th>
          <th scope="col" className="num">
            Amount
          </th>
          <th scope="col">Ships</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => {
          const basis = priceBasis(line.price);
          return (
            <tr key={line.lineNumber} data-testid="order-line" data-sku={line.sku} data-line={line.lineNumber}>
              <td data-label="Product">
                <div>
                  <span className="sku" data-testid="line-sku">
                    {line.sku}
                  </span>{' '}
                  <span data-testid="line-name">{line.name}</span>
                  {line.note && (
                    <div className="muted small" data-testid="line-note">
                      Note: {line.note}
                    </div>
                  )}
                  <div className="muted small" data-testid="line-price-explanation">
                    {line.price.explanation}
                    {basis && ` (${basis})`}
                  </div>
                </div>
              </td>
              <td data-label="Quantity" className="num" data-testid="line-quantity">
                {formatQuantity(line.quantity)} {line.unit}
              </td>
              <td data-label="Unit price" className="num" data-testid="line-unit-price">
                {formatMoney(line.price.unitPrice, line.price.currency)}
              </td>
              <td data-label="Amount" className="num" data-testid="line-amount">
                {formatMoney(line.price.lineAmount, line.price.currency)}
              </td>
              <td data-label="Ships">
                <ul className="plain-list small">
                  {line.requestedWarehouse && <li className="muted">Requested from {warehouseName(line.requestedWarehouse)}</li>}
                  {line.shippedQuantity > 0 && (
                    <li className="in-stock" data-testid="line-shipped">
                      {formatQuantity(line.shippedQuantity)} shipped
                    </li>
                  )}
                  {line.backorderedQuantity > 0 && (
                    <li data-testid="line-backordered">
                      {formatQuantity(line.backorderedQuantity)} waiting for stock
                      {line.revisedDeliveryDate && (
                        <>
                          , now expected <span data-testid="line-revised-date">{formatDate(line.revisedDeliveryDate)}</span>
                        </>
                      )}
                      <span className="badge badge-backorder">backordered</span>
                    </li>
                  )}
                  {line.allocations.map((a, i) => (
                    <li key={`${a.warehouse}-${i}`} data-testid="line-allocation" data-warehouse={a.warehouse}>
                      {formatQuantity(a.quantity)} from {a.warehouseName}, from {formatDate(a.earliestDelivery)}
                      {a.backorder && (
                        <span className="badge badge-backorder" data-testid="line-backorder">
                          backorder
                        </span>
                      )}
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
