import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { isAbortError } from '../api/client';
import { addInternalNote, getStaging, quoteStep, stageQuote, type QuoteStaging } from '../api/quotes';
import { paths } from '../app/paths';
import { useAccount } from '../app/PortalContext';
import { ErrorBanner, toBanner, type Banner } from '../shared/banners';
import { formatDateTime, formatMoney, isoDate } from '../shared/format';
import { changeText } from './quoteText';

interface Row {
  sku: string;
  name: string;
  quantity: string;
  listUnitPrice: number | null;
  unitPrice: string;
  discountPercent: string;
  comment: string;
}

const rowsOf = (staging: QuoteStaging): Row[] =>
  staging.lines.map((line) => ({
    sku: line.sku,
    name: line.name,
    quantity: String(line.quantity),
    listUnitPrice: line.listUnitPrice,
    unitPrice: line.discountPercent === null ? String(line.unitPrice) : '',
    discountPercent: line.discountPercent === null ? '' : String(line.discountPercent),
    comment: line.comment ?? '',
  }));

const numberOrNull = (text: string) => (text.trim() ? Number(text.replace(',', '.')) : null);

/**
 * `…/quotes/:quoteId/edit` (account managers): the revision being prepared — each line's price or discount off the buyer's
 * price, a discount on the whole, validity and terms — its difference from the last one sent, the internal notes, and sending it.
 */
export function QuoteEditorPage() {
  const { accountId } = useAccount();
  const { quoteId = '' } = useParams();
  const navigate = useNavigate();
  const [staging, setStaging] = useState<QuoteStaging | null>(null);
  const [rows, setRows] = useState<Row[]>([]);
  const [discount, setDiscount] = useState('');
  const [validUntil, setValidUntil] = useState('');
  const [terms, setTerms] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<Banner | null>(null);
  const [busy, setBusy] = useState(false);

  const show = (next: QuoteStaging) => {
    setStaging(next);
    setRows(rowsOf(next));
    setDiscount(next.discountPercent === null ? '' : String(next.discountPercent));
    setValidUntil(next.validUntil ?? isoDate(new Date(Date.now() + 14 * 86_400_000)));
    setTerms(next.terms ?? '');
  };

  useEffect(() => {
    const controller = new AbortController();
    getStaging(accountId, quoteId, controller.signal)
      .then(show)
      .catch((err: unknown) => {
        if (!isAbortError(err)) setError(toBanner(err));
      });
    return () => controller.abort();
  }, [accountId, quoteId]);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (err) {
      setError(toBanner(err));
    } finally {
      setBusy(false);
    }
  };

  const save = () =>
    stageQuote(accountId, quoteId, {
      lines: rows.map((row) => ({
        sku: row.sku,
        quantity: Number(row.quantity.replace(',', '.')),
        unitPrice: numberOrNull(row.unitPrice),
        discountPercent: row.unitPrice.trim() ? null : numberOrNull(row.discountPercent),
        comment: row.comment.trim() || null,
      })),
      validUntil,
      terms: terms.trim() || null,
      discountPercent: numberOrNull(discount),
    });

  if (!staging) {
    return error ? <ErrorBanner error={error} /> : <p className="muted">Loading the revision…</p>;
  }

  const update = (index: number, change: Partial<Row>) => setRows((all) => all.map((row, i) => (i === index ? { ...row, ...change } : row)));
  const editable = staging.status === 'InReview';

  return (
    <div className="quote-editor" data-testid="quote-editor">
      <p className="muted small">
        <Link to={paths.quote(accountId, quoteId)}>Back to the quote</Link>
      </p>
      <h1>Revision {staging.revision}</h1>
      {error && <ErrorBanner error={error} onDismiss={() => setError(null)} />}
      {!editable && <p className="panel">This quote is not in review: take it into review to price a new revision.</p>}
      <section className="panel">
        <table className="revision-lines staging-lines">
          <thead>
            <tr>
              <th>Product</th>
              <th>Qty</th>
              <th>Buyer’s price</th>
              <th>Unit price</th>
              <th>or % off</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={row.sku + index} data-testid="staging-line" data-sku={row.sku}>
                <td>
                  <strong>{row.sku}</strong> <span className="small">{row.name}</span>
                </td>
                <td>
                  <input aria-label={`${row.sku} quantity`} value={row.quantity} disabled={!editable} onChange={(e) => update(index, { quantity: e.target.value })} />
                </td>
                <td className="num">{row.listUnitPrice === null ? '—' : formatMoney(row.listUnitPrice, staging.currency)}</td>
                <td>
                  <input aria-label={`${row.sku} unit price`} data-testid="staging-unit-price" inputMode="decimal" value={row.unitPrice} disabled={!editable}
                    onChange={(e) => update(index, { unitPrice: e.target.value })} />
                </td>
                <td>
                  <input aria-label={`${row.sku} discount percent`} inputMode="decimal" value={row.discountPercent} disabled={!editable}
                    onChange={(e) => update(index, { discountPercent: e.target.value })} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <label htmlFor="staging-discount">Discount on the whole quote (%)</label>
        <input id="staging-discount" data-testid="staging-discount" inputMode="decimal" value={discount} disabled={!editable} onChange={(e) => setDiscount(e.target.value)} />
        <label htmlFor="staging-valid-until">Valid until (end of that day, UTC)</label>
        <input id="staging-valid-until" data-testid="staging-valid-until" type="date" value={validUntil} disabled={!editable}
          onChange={(e) => setValidUntil(e.target.value)} />
        <label htmlFor="staging-terms">Terms</label>
        <textarea id="staging-terms" value={terms} maxLength={4000} disabled={!editable} onChange={(e) => setTerms(e.target.value)} />
        <p>
          Net total{' '}
          <strong className="price-amount" data-testid="staging-total">
            {formatMoney(staging.netAmount, staging.currency)}
          </strong>
          {staging.discountAmount > 0 && <span className="muted small"> after {formatMoney(staging.discountAmount, staging.currency)} quote discount</span>}
        </p>
        {staging.changes.length > 0 && (
          <ul className="quote-diff small" data-testid="staging-diff">
            {staging.changes.map((change) => (
              <li key={`${change.lineNumber}-${change.field}`}>{changeText(change)}</li>
            ))}
          </ul>
        )}
        {editable && (
          <div className="button-row">
            <button type="button" data-testid="staging-save" disabled={busy} onClick={() => run(async () => show(await save()))}>
              Save
            </button>
            <button
              type="button"
              className="primary"
              data-testid="staging-send"
              disabled={busy}
              onClick={() =>
                run(async () => {
                  const saved = await save();
                  show(saved);
                  await quoteStep(accountId, quoteId, 'sending', { revision: saved.revision });
                  navigate(paths.quote(accountId, quoteId));
                })
              }
            >
              Save and send revision {staging.revision}
            </button>
          </div>
        )}
      </section>
      <section className="panel" data-testid="internal-notes">
        <h2>Internal notes</h2>
        <p className="muted small">Only the manufacturer’s side reads these.</p>
        <ul className="plain-list">
          {staging.internalNotes.map((n) => (
            <li key={n.at} data-testid="internal-note">
              <time dateTime={n.at}>{formatDateTime(n.at)}</time> {n.byName}: {n.text}
            </li>
          ))}
        </ul>
        <textarea aria-label="A new internal note" data-testid="internal-note-text" value={note} maxLength={4000} onChange={(e) => setNote(e.target.value)} />
        <button
          type="button"
          data-testid="internal-note-add"
          disabled={busy || !note.trim()}
          onClick={() =>
            run(async () => {
              await addInternalNote(accountId, quoteId, note.trim());
              setNote('');
              // Only the notes: prices being edited and not saved yet stay as they are.
              const fresh = await getStaging(accountId, quoteId);
              setStaging((current) => (current ? { ...current, internalNotes: fresh.internalNotes } : fresh));
            })
          }
        >
          Add note
        </button>
      </section>
    </div>
  );
}
