import { useState } from 'react';
import { useNavigate } from 'react-router';
import { newIdempotencyKey } from '../api/orders';
import { requestQuote } from '../api/quotes';
import { paths } from '../app/paths';
import { useAccount } from '../app/PortalContext';
import { ErrorBanner, toBanner, type Banner } from '../shared/banners';
import { parseQuantity } from '../shared/format';

interface LineRow {
  sku: string;
  quantity: string;
  target: string;
  comment: string;
}

const emptyRow: LineRow = { sku: '', quantity: '', target: '', comment: '' };

/** `…/quotes/new`: a request for quotation from scratch — lines with target prices and comments, a date, documents by link. */
export function NewQuotePage() {
  const { accountId } = useAccount();
  const navigate = useNavigate();
  const [rows, setRows] = useState<LineRow[]>([{ ...emptyRow }]);
  const [comment, setComment] = useState('');
  const [date, setDate] = useState('');
  const [documentUrl, setDocumentUrl] = useState('');
  const [error, setError] = useState<Banner | null>(null);
  const [busy, setBusy] = useState(false);
  const [key] = useState(newIdempotencyKey);

  const update = (index: number, change: Partial<LineRow>) => setRows((all) => all.map((row, i) => (i === index ? { ...row, ...change } : row)));
  const filled = rows.filter((row) => row.sku.trim());

  const send = async (submit: boolean) => {
    setBusy(true);
    setError(null);
    try {
      const quote = await requestQuote(
        accountId,
        {
          lines: filled.map((row) => ({
            sku: row.sku.trim(),
            quantity: parseQuantity(row.quantity) ?? 0,
            targetUnitPrice: row.target.trim() ? Number(row.target.replace(',', '.')) : null,
            comment: row.comment.trim() || null,
          })),
          comment: comment.trim() || null,
          requestedDeliveryDate: date || null,
          attachments: documentUrl.trim() ? [{ url: documentUrl.trim() }] : [],
          submit,
        },
        key,
      );
      navigate(paths.quote(accountId, quote.id));
    } catch (err) {
      setError(toBanner(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="new-quote-page" data-testid="new-quote-page">
      <h1>Request a quote</h1>
      {error && <ErrorBanner error={error} onDismiss={() => setError(null)} />}
      <section className="panel">
        <h2>Lines</h2>
        {rows.map((row, index) => (
          <fieldset key={index} className="quote-line-input" data-testid="new-quote-line">
            <legend className="visually-hidden">Line {index + 1}</legend>
            <input aria-label={`Line ${index + 1} SKU`} placeholder="SKU" value={row.sku} onChange={(e) => update(index, { sku: e.target.value })} />
            <input aria-label={`Line ${index + 1} quantity`} placeholder="Quantity" inputMode="decimal" value={row.quantity}
              onChange={(e) => update(index, { quantity: e.target.value })} />
            <input aria-label={`Line ${index + 1} target price`} placeholder="Target price (each)" inputMode="decimal" value={row.target}
              onChange={(e) => update(index, { target: e.target.value })} />
            <input aria-label={`Line ${index + 1} comment`} placeholder="Comment" value={row.comment} onChange={(e) => update(index, { comment: e.target.value })} />
          </fieldset>
        ))}
        <button type="button" className="link-button" data-testid="new-quote-add-line" onClick={() => setRows((all) => [...all, { ...emptyRow }])}>
          Add a line
        </button>
      </section>
      <section className="panel">
        <label htmlFor="new-quote-comment">What the account manager should know</label>
        <textarea id="new-quote-comment" data-testid="new-quote-comment" value={comment} maxLength={2000} onChange={(e) => setComment(e.target.value)} />
        <label htmlFor="new-quote-date">Wanted by (optional)</label>
        <input id="new-quote-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        <label htmlFor="new-quote-document">A document by link (optional: drawing, specification)</label>
        <input id="new-quote-document" type="url" placeholder="https://…" value={documentUrl} onChange={(e) => setDocumentUrl(e.target.value)} />
        <div className="button-row">
          <button type="button" className="primary" data-testid="new-quote-send" disabled={busy || filled.length === 0} onClick={() => send(true)}>
            Send the request
          </button>
          <button type="button" data-testid="new-quote-draft" disabled={busy || filled.length === 0} onClick={() => send(false)}>
            Keep as a draft
          </button>
        </div>
      </section>
    </div>
  );
}
