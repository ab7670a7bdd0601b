import { useCallback, useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { isAbortError } from '../api/client';
import { getQuote, quoteStep, type Quote, type QuoteAction } from '../api/quotes';
import { paths } from '../app/paths';
import { useAccount } from '../app/PortalContext';
import { ErrorBanner, toBanner, type Banner } from '../shared/banners';
import { formatDate, formatDateTime } from '../shared/format';
import { QuoteOrder } from './QuoteOrder';
import { QuoteRevisions } from './QuoteRevisions';
import { historyText } from './quoteText';

/**
 * `…/quotes/:quoteId`: one quote as the reader's party sees it — the request, every revision sent side by side with what
 * changed, the history — and the steps the server says the reader may take now.
 */
export function QuotePage() {
  const { accountId } = useAccount();
  const { quoteId = '' } = useParams();
  const [quote, setQuote] = useState<Quote | null>(null);
  const [error, setError] = useState<Banner | null>(null);
  const [reload, setReload] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    getQuote(accountId, quoteId, controller.signal)
      .then(setQuote)
      .catch((err: unknown) => {
        if (!isAbortError(err)) setError(toBanner(err));
      });
    return () => controller.abort();
  }, [accountId, quoteId, reload]);

  if (!quote) {
    return error ? <ErrorBanner error={error} onRetry={() => setReload((n) => n + 1)} /> : <p className="muted">Loading the quote…</p>;
  }

  return (
    <div className="quote-page" data-testid="quote-page" data-quote-id={quote.id}>
      <p className="muted small">
        <Link to={paths.quotes(accountId)}>Quotes</Link>
      </p>
      <div className="page-head">
        <h1>Quote {quote.number}</h1>
        <span className="status" data-testid="quote-status" data-status={quote.status}>
          {quote.label}
        </span>
      </div>
      {error && <ErrorBanner error={error} onDismiss={() => setError(null)} />}
      <QuoteSteps quote={quote} onChanged={setQuote} onError={setError} />
      <QuoteRequest quote={quote} />
      {quote.revisions.length > 0 && <QuoteRevisions revisions={quote.revisions} accepted={quote.acceptedRevision} />}
      <section className="panel" data-testid="quote-history">
        <h2>History</h2>
        <ol className="timeline">
          {quote.history.map((entry) => (
            <li key={`${entry.at}-${entry.to}`} data-to={entry.to}>
              <time dateTime={entry.at}>{formatDateTime(entry.at)}</time> — {historyText(entry)}
              {entry.comment && <q className="quote-comment">{entry.comment}</q>}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}

function QuoteRequest({ quote }: { quote: Quote }) {
  return (
    <section className="panel" data-testid="quote-request">
      <h2>Request</h2>
      <p className="small">
        Asked by {quote.requestedBy.name} on {formatDate(quote.createdAt)}
        {quote.requestedDeliveryDate && <> · wanted by {formatDate(quote.requestedDeliveryDate)}</>}
        {quote.handledBy && <> · handled by {quote.handledBy.name}</>}
      </p>
      {quote.comment && <p className="quote-comment">{quote.comment}</p>}
      <ul className="plain-list">
        {quote.lines.map((line) => (
          <li key={line.lineNumber} data-testid="quote-request-line" data-sku={line.sku}>
            {line.quantity} × <strong>{line.sku}</strong> {line.name}
            {line.targetUnitPrice !== null && <span className="muted"> · hoping for {line.targetUnitPrice} each</span>}
            {line.comment && <span className="muted"> · {line.comment}</span>}
          </li>
        ))}
      </ul>
      {quote.attachments.length > 0 && (
        <p className="small">
          Documents:{' '}
          {quote.attachments.map((a) => (
            <a key={a.url} href={a.url} target="_blank" rel="noreferrer noopener">
              {a.label}
            </a>
          ))}
        </p>
      )}
    </section>
  );
}

const answers: { action: QuoteAction; step: 'acceptance' | 'decline' | 'renegotiation'; label: string; primary?: boolean }[] = [
  { action: 'accept', step: 'acceptance', label: 'Accept', primary: true },
  { action: 'renegotiate', step: 'renegotiation', label: 'Ask to renegotiate' },
  { action: 'decline', step: 'decline', label: 'Decline' },
];

/** The steps the reader may take now: answers to the latest revision, ordering, the seller's review, editor and filing. */
function QuoteSteps({ quote, onChanged, onError }: { quote: Quote; onChanged: (quote: Quote) => void; onError: (error: Banner) => void }) {
  const { accountId } = useAccount();
  const navigate = useNavigate();
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const latest = quote.revisions.at(-1)?.number;
  const can = (action: QuoteAction) => quote.actions.includes(action);

  const run = useCallback(
    async (work: () => Promise<void>) => {
      setBusy(true);
      try {
        await work();
      } catch (err) {
        onError(toBanner(err));
      } finally {
        setBusy(false);
      }
    },
    [onError],
  );

  const step = (name: Parameters<typeof quoteStep>[2], body: { revision?: number; comment?: string | null } = {}) =>
    run(async () => onChanged(await quoteStep(accountId, quote.id, name, body)));

  if (quote.actions.length === 0) {
    return quote.orderId ? (
      <p className="panel" data-testid="quote-ordered">
        Ordered as <Link to={paths.order(accountId, quote.orderId)}>{quote.orderNumber}</Link>.
      </p>
    ) : null;
  }

  return (
    <section className="panel quote-steps" data-testid="quote-steps">
      {answers.some((a) => can(a.action)) && latest !== undefined && (
        <>
          <label htmlFor="quote-comment">Your comment to the account manager (needed to renegotiate)</label>
          <textarea id="quote-comment" data-testid="quote-comment" value={comment} maxLength={2000} onChange={(e) => setComment(e.target.value)} />
          <div className="button-row">
            {answers
              .filter((a) => can(a.action))
              .map((a) => (
                <button
                  key={a.action}
                  type="button"
                  className={a.primary ? 'primary' : undefined}
                  data-testid={`quote-${a.action}`}
                  disabled={busy || (a.action === 'renegotiate' && !comment.trim())}
                  onClick={() => step(a.step, { revision: latest, comment: comment.trim() || null })}
                >
                  {a.label} revision {latest}
                </button>
              ))}
          </div>
        </>
      )}
      {can('order') && quote.acceptedRevision !== null && <QuoteOrder quote={quote} onError={onError} />}
      <div className="button-row">
        {can('submit') && (
          <button type="button" className="primary" data-testid="quote-submit" disabled={busy} onClick={() => step('submission')}>
            Send the request
          </button>
        )}
        {can('review') && (
          <button
            type="button"
            className="primary"
            data-testid="quote-review"
            disabled={busy}
            onClick={() => run(async () => {
              await quoteStep(accountId, quote.id, 'review');
              navigate(paths.quoteEditor(accountId, quote.id));
            })}
          >
            Take into review and price
          </button>
        )}
        {can('stage') && (
          <Link to={paths.quoteEditor(accountId, quote.id)} className="button primary" data-testid="quote-edit">
            Price revision
          </Link>
        )}
        {can('close') && (
          <button type="button" data-testid="quote-close" disabled={busy} onClick={() => step('closing')}>
            Close
          </button>
        )}
        {can('withdraw') && (
          <button type="button" data-testid="quote-withdraw" disabled={busy} onClick={() => step('withdrawal', { comment: comment.trim() || null })}>
            Withdraw
          </button>
        )}
      </div>
    </section>
  );
}
