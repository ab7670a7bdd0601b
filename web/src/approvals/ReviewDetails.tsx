import type { ApprovalReview } from '../api/approvals';
import { CreditSummary } from '../shared/CreditSummary';
import { FindingList } from '../shared/FindingList';
import { formatDateTime, formatMoney, formatQuantity } from '../shared/format';
import { stepText } from './approvalText';

/**
 * What an approver reads before deciding: the rule that asks, the order as placed and as priced now (changed prices
 * highlighted), what changed since, the company's credit with this order in it, and what the checks find now.
 */
export function ReviewDetails({ review }: { review: ApprovalReview }) {
  const { order } = review;
  const currency = order.currency;
  const totalChanged = review.currentTotal !== review.orderedTotal;
  return (
    <>
      <section className="panel">
        <div className="panel-head">
          <h1>
            Order <span data-testid="approval-order-number">{order.number}</span>
          </h1>
          <strong className="price-amount price-large" data-testid="approval-total">
            {formatMoney(review.currentTotal, currency)}
          </strong>
        </div>
        <p className="approval-rule" data-testid="approval-rule">
          {stepText(review.step, review.stepCount)}
        </p>
        <dl className="order-facts">
          <div>
            <dt>Placed by</dt>
            <dd data-testid="approval-placed-by">
              {order.placedBy.name}
              {order.placedBy.isPartner && ' (partner system)'}
            </dd>
          </div>
          <div>
            <dt>Placed</dt>
            <dd>
              <time dateTime={order.submittedAt}>{formatDateTime(order.submittedAt)}</time>
            </dd>
          </div>
          <div>
            <dt>PO reference</dt>
            <dd>{order.purchaseOrderNumber ?? '—'}</dd>
          </div>
          {order.approval && (
            <div>
              <dt>Expires</dt>
              <dd data-testid="approval-expires">
                <time dateTime={order.approval.expiresAt}>{formatDateTime(order.approval.expiresAt)}</time>
              </dd>
            </div>
          )}
        </dl>
      </section>

      {review.changes.length > 0 && (
        <div className="banner banner-warning" role="status">
          <div>
            <strong>What changed since it was placed</strong>
            <ul data-testid="approval-changes">
              {review.changes.map((change, i) => (
                <li key={i}>{change}</li>
              ))}
            </ul>
          </div>
        </div>
      )}
      <FindingList findings={review.findings} testId="approval-finding" className="general-findings" />

      <section className="panel">
        <h2>Lines</h2>
        <table className="orders-table approval-lines">
          <thead>
            <tr>
              <th scope="col">Product</th>
              <th scope="col" className="num">
                Quantity
              </th>
              <th scope="col" className="num">
                Ordered at
              </th>
              <th scope="col" className="num">
                Price now
              </th>
              <th scope="col" className="num">
                Amount
              </th>
            </tr>
          </thead>
          <tbody>
            {review.lines.map((line) => (
              <tr
                key={line.lineNumber}
                className={line.changed ? 'price-changed' : undefined}
                data-testid="approval-line"
                data-sku={line.sku}
                data-changed={String(line.changed)}
              >
                <td data-label="Product">
                  <div>
                    <span className="sku">{line.sku}</span> {line.name}
                  </div>
                </td>
                <td data-label="Quantity" className="num">
                  {formatQuantity(line.quantity)} {line.unit}
                </td>
                <td data-label="Ordered at" className="num" data-testid="approval-line-ordered-price">
                  {formatMoney(line.orderedUnitPrice, currency)}
                </td>
                <td data-label="Price now" className="num" data-testid="approval-line-current-price">
                  {line.changed && line.currentUnitPrice !== null ? (
                    <mark className="changed-price">{formatMoney(line.currentUnitPrice, currency)}</mark>
                  ) : line.currentUnitPrice === null ? (
                    <span className="price-unavailable">no price now</span>
                  ) : (
                    <span className="muted">unchanged</span>
                  )}
                </td>
                <td data-label="Amount" className="num">
                  {formatMoney(line.currentAmount ?? line.orderedAmount, currency)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <dl className="summary-list approval-totals">
          <div>
            <dt>Ordered total</dt>
            <dd data-testid="approval-ordered-total">{formatMoney(review.orderedTotal, currency)}</dd>
          </div>
          <div className={totalChanged ? 'total-changed' : undefined}>
            <dt>Total at today's prices</dt>
            <dd data-testid="approval-current-total">{formatMoney(review.currentTotal, currency)}</dd>
          </div>
        </dl>
      </section>

      <section className="panel" data-testid="approval-credit">
        <h2>Credit</h2>
        {review.credit ? (
          <CreditSummary credit={review.credit} detailed />
        ) : (
          <p className="muted">The company's credit could not be read just now.</p>
        )}
      </section>
    </>
  );
}
