import { useEffect, useState } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { getCartImport, type Cart, type CartImport } from '../api/cart';
import { isAbortError } from '../api/client';
import { paths } from '../app/paths';
import { useAccount } from '../app/PortalContext';
import { ErrorBanner, MissingBanner, problemText } from '../shared/banners';
import { FindingList } from '../shared/FindingList';
import { useNow } from '../shared/useNow';
import { CartLineItem } from './CartLineItem';
import { cartRows } from './cartRows';
import { CartSummary } from './CartSummary';
import { CsvUpload } from './CsvUpload';
import { importReportOf, type CartLinkState } from './imports';
import { ImportReport } from './ImportReport';
import { QuickOrderPad } from './QuickOrderPad';
import { QuoteFromCart } from './QuoteFromCart';
import { useCartView } from './useCartView';

/**
 * The cart (`…/cart`): its lines with what the checks say of them, totals and credit, and the ways to fill it (quick
 * order, CSV, reorder) through a report the buyer confirms. A report shown has its id in the URL (`?import=`).
 */
export function CartPage() {
  const { accountId } = useAccount();
  const navigate = useNavigate();
  const location = useLocation();
  const [searchParams] = useSearchParams();
  const importId = searchParams.get('import');
  const { view, error, checking, refresh, changed } = useCartView(accountId);
  const [fetchedReport, setFetchedReport] = useState<CartImport | null>(null);
  const [reportProblem, setReportProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const now = useNow();

  const passedReport = importReportOf(location.state);
  const report = !importId ? null : passedReport?.id === importId ? passedReport : fetchedReport?.id === importId ? fetchedReport : null;

  // A report named in the URL but not passed along (a reload, a shared link) is read again.
  useEffect(() => {
    setReportProblem(null);
    if (!importId || passedReport?.id === importId) return;
    const controller = new AbortController();
    getCartImport(accountId, importId, controller.signal)
      .then(setFetchedReport)
      .catch((err: unknown) => {
        if (!isAbortError(err)) setReportProblem(problemText(err));
      });
    return () => controller.abort();
  }, [accountId, importId, passedReport?.id]);

  function showReport(next: CartImport) {
    setNotice(null);
    const state: CartLinkState = { importReport: next };
    navigate(paths.cart(accountId, next.id), { state });
  }

  function closeReport() {
    navigate(paths.cart(accountId), { replace: true });
  }

  function confirmed(cart: Cart, added: number) {
    changed(cart);
    setNotice(`${added} ${added === 1 ? 'line was' : 'lines were'} added to your cart.`);
    closeReport();
  }

  const rows = view ? cartRows(view) : null;

  return (
    <div className="cart-page">
      <div className="page-head">
        <h1>Cart</h1>
        <Link to={paths.catalog(accountId)}>Continue shopping</Link>
      </div>

      {notice && (
        <div className="banner banner-info" role="status" data-testid="cart-notice">
          <span>{notice}</span>
          <button type="button" className="banner-close" aria-label="Dismiss" onClick={() => setNotice(null)}>
            ×
          </button>
        </div>
      )}
      {error && <ErrorBanner error={error} onRetry={refresh} />}
      {reportProblem && (
        <ErrorBanner error={{ title: 'The import report could not be shown', detail: reportProblem }} onDismiss={closeReport} testId="import-load-error" />
      )}
      {report && <ImportReport key={report.id} accountId={accountId} report={report} onConfirmed={confirmed} onCancel={closeReport} />}

      {!view && !error && <p className="muted">Loading your cart…</p>}
      {view && rows && (
        <>
          <MissingBanner missing={view.missing} testId="cart-missing" />
          {rows.general.length > 0 && (
            <section className="panel cart-findings" aria-label="About the whole cart">
              <FindingList findings={rows.general} testId="cart-finding" />
            </section>
          )}
          <div className="cart-layout">
            <section className="cart-lines" aria-label="Cart lines" aria-busy={checking}>
              {view.cart.lines.length === 0 ? (
                <div className="panel" data-testid="cart-empty">
                  <p>Your cart is empty.</p>
                  <p className="muted">
                    Add products from the <Link to={paths.catalog(accountId)}>catalog</Link>, type them into the quick order
                    below, or upload a CSV file.
                  </p>
                </div>
              ) : (
                <ul className="cart-line-list">
                  {rows.rows.map((row) => (
                    <CartLineItem key={row.line.sku} accountId={accountId} cart={view.cart} row={row} now={now} onChanged={changed} />
                  ))}
                </ul>
              )}
            </section>
            <CartSummary view={view} checking={checking} onCheckout={() => navigate(paths.checkout(accountId))} />
            <QuoteFromCart cart={view.cart} />
          </div>
        </>
      )}

      <div className="cart-add">
        <QuickOrderPad accountId={accountId} onReport={showReport} />
        <CsvUpload accountId={accountId} onReport={showReport} />
      </div>
    </div>
  );
}
