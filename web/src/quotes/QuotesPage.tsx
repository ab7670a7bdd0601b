import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { canManageQuotes, canRequestQuotes } from '../api/accounts';
import { isAbortError } from '../api/client';
import { getQuoteQueue, listQuotes, type QuoteList, type QuoteSummary } from '../api/quotes';
import { paths } from '../app/paths';
import { useAccount } from '../app/PortalContext';
import { ErrorBanner, toBanner, type Banner } from '../shared/banners';
import { formatDateTime, formatMoney } from '../shared/format';

/** `…/quotes`: the account's quotes, and for the manufacturer's account managers what waits for them first. */
export function QuotesPage() {
  const access = useAccount();
  const { accountId } = access;
  const seller = canManageQuotes(access);
  const [quotes, setQuotes] = useState<QuoteList | null>(null);
  const [queue, setQueue] = useState<QuoteList | null>(null);
  const [error, setError] = useState<Banner | null>(null);
  const [reload, setReload] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setError(null);
    Promise.all([listQuotes(accountId, 1, controller.signal), seller ? getQuoteQueue(accountId, controller.signal) : Promise.resolve(null)])
      .then(([list, waiting]) => {
        setQuotes(list);
        setQueue(waiting);
      })
      .catch((err: unknown) => {
        if (!isAbortError(err)) setError(toBanner(err));
      });
    return () => controller.abort();
  }, [accountId, seller, reload]);

  return (
    <div className="quotes-page" data-testid="quotes-page">
      <div className="page-head">
        <h1>Quotes</h1>
        {canRequestQuotes(access) && (
          <Link to={paths.newQuote(accountId)} className="button primary" data-testid="new-quote">
            Request a quote
          </Link>
        )}
      </div>
      {error && <ErrorBanner error={error} onRetry={() => setReload((n) => n + 1)} />}
      {!quotes && !error && <p className="muted">Loading quotes…</p>}
      {queue && (
        <section className="panel" data-testid="quote-queue">
          <h2>Waiting for you</h2>
          {queue.items.length === 0 ? <p className="muted">No request waits for a price.</p> : <QuoteCards items={queue.items} testId="quote-queue-item" />}
        </section>
      )}
      {quotes && (
        <section data-testid="quote-list">
          {seller && <h2>All quotes of {access.name}</h2>}
          {quotes.items.length === 0 ? (
            <p className="panel" data-testid="quotes-empty">
              No quotes yet. Ask for one from your cart, or with “Request a quote”, when an order is large or needs a special price.
            </p>
          ) : (
            <QuoteCards items={quotes.items} testId="quote-row" />
          )}
        </section>
      )}
    </div>
  );
}

function QuoteCards({ items, testId }: { items: QuoteSummary[]; testId: string }) {
  return (
    <ul className="approval-list">
      {items.map((quote) => (
        <li key={quote.id}>
          <Link to={paths.quote(quote.accountId, quote.id)} className="approval-card" data-testid={testId} data-quote-id={quote.id}>
            <div className="card-head">
              <strong className="order-number">{quote.number}</strong>
              <span className="status" data-testid="quote-status" data-status={quote.status}>
                {quote.label}
              </span>
            </div>
            <div className="approval-card-who">
              {quote.lineCount === 1 ? '1 line' : `${quote.lineCount} lines`} · asked by {quote.requestedBy}
              {quote.revision !== null && quote.netAmount !== null && quote.currency && (
                <>
                  {' '}
                  · revision {quote.revision}: <strong className="price-amount">{formatMoney(quote.netAmount, quote.currency)}</strong>
                </>
              )}
            </div>
            <div className="muted small">
              changed <time dateTime={quote.updatedAt}>{formatDateTime(quote.updatedAt)}</time>
              {quote.expiresAt && (
                <>
                  {' '}
                  · valid until <time dateTime={quote.expiresAt}>{formatDateTime(quote.expiresAt)}</time>
                </>
              )}
            </div>
          </Link>
        </li>
      ))}
    </ul>
  );
}
