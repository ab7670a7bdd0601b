import type { QuoteRevision } from '../api/quotes';
import { formatDate, formatMoney } from '../shared/format';
import { changeText } from './quoteText';

/** Every revision sent, side by side (stacked on a phone), newest last, each with what it changed from the one before. */
export function QuoteRevisions({ revisions, accepted }: { revisions: QuoteRevision[]; accepted: number | null }) {
  return (
    <section className="panel" data-testid="quote-revisions">
      <h2>{revisions.length === 1 ? 'The quote' : `${revisions.length} revisions`}</h2>
      <div className="revision-columns">
        {revisions.map((revision) => (
          <article key={revision.number} className="revision" data-testid="quote-revision" data-revision={revision.number}>
            <h3>
              Revision {revision.number}
              {accepted === revision.number && <span className="status status-acknowledged"> accepted</span>}
            </h3>
            <p className="muted small">
              Sent {formatDate(revision.sentAt)} by {revision.sentBy} · valid until {formatDate(revision.validUntil)}
            </p>
            <table className="revision-lines">
              <thead>
                <tr>
                  <th>Product</th>
                  <th className="num">Qty</th>
                  <th className="num">Unit price</th>
                  <th className="num">Amount</th>
                </tr>
              </thead>
              <tbody>
                {revision.lines.map((line) => (
                  <tr key={line.lineNumber} data-testid="quote-revision-line" data-sku={line.sku}>
                    <td>
                      <strong>{line.sku}</strong> <span className="small">{line.name}</span>
                      {line.discountPercent !== null && <span className="muted small"> · {line.discountPercent}% off</span>}
                    </td>
                    <td className="num">{line.quantity}</td>
                    <td className="num" data-testid="quote-unit-price">
                      {formatMoney(line.unitPrice, revision.currency)}
                    </td>
                    <td className="num">{formatMoney(line.lineAmount, revision.currency)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <dl className="summary-list">
              {revision.discountPercent !== null && (
                <div>
                  <dt>Quote discount {revision.discountPercent}%</dt>
                  <dd>−{formatMoney(revision.discountAmount, revision.currency)}</dd>
                </div>
              )}
              <div>
                <dt>Net total</dt>
                <dd>
                  <strong className="price-amount" data-testid="quote-revision-total">
                    {formatMoney(revision.netAmount, revision.currency)}
                  </strong>
                </dd>
              </div>
            </dl>
            {revision.terms && <p className="small">{revision.terms}</p>}
            {revision.changes.length > 0 && (
              <ul className="quote-diff small" data-testid="quote-diff">
                {revision.changes.map((change) => (
                  <li key={`${change.lineNumber}-${change.field}`}>{changeText(change)}</li>
                ))}
              </ul>
            )}
          </article>
        ))}
      </div>
    </section>
  );
}
