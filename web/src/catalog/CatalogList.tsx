import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent, type MouseEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import {
  catalogCriteriaFrom,
  catalogQuery,
  categoryTree,
  getCatalog,
  isDiscontinued,
  type CatalogCriteria,
  type CatalogItem,
  type CatalogPage,
} from '../api/catalog';
import { isAbortError } from '../api/client';
import { paths } from '../app/paths';
import { useAccount } from '../app/PortalContext';
import { ErrorBanner, MissingBanner, toBanner, type Banner } from '../shared/banners';
import { formatAsOf, formatMoney, formatQuantity } from '../shared/format';
import { useNow } from '../shared/useNow';
import { useCatalogArea, type ProductLinkState } from './catalogArea';

const debounceMs = 400;
const indent = '\u00a0\u00a0\u00a0';
const backToResults: ProductLinkState = { backLabel: 'Back to results' };

/** Search (text or SKU prefix), category filter, results and paging; the criteria live in the URL (`?q=&category=&page=`). */
export function CatalogList() {
  const { accountId } = useAccount();
  const { categories, categoriesFailed, cached, onLoaded } = useCatalogArea();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const search = searchParams.toString();
  const criteria = useMemo(() => catalogCriteriaFrom(new URLSearchParams(search)), [search]);
  const key = catalogQuery(criteria);
  const [result, setResult] = useState<CatalogPage | null>(() => (cached?.key === key ? cached.page : null));
  const [error, setError] = useState<Banner | null>(null);
  const [reload, setReload] = useState(0);
  const [text, setText] = useState(criteria.q);
  const loadedKey = useRef<string | null>(cached?.key === key ? key : null);
  const resultsTop = useRef<HTMLDivElement>(null);
  const now = useNow();

  /** Typing replaces the history entry (and keeps the scroll); a search, a category or a page of its own is a new one. */
  const onCriteria = useCallback(
    (next: CatalogCriteria, typing = false) =>
      navigate(paths.catalog(accountId, catalogQuery(next)), { replace: typing, preventScrollReset: typing }),
    [navigate, accountId],
  );

  // Back and forward change the criteria under the search box: show their text.
  useEffect(() => {
    setText((current) => (current.trim() === criteria.q ? current : criteria.q));
  }, [criteria.q]);

  // Search while typing, once the text settles (a single character is too broad to be useful).
  useEffect(() => {
    const q = text.trim();
    if (q === criteria.q || q.length === 1) return;
    const timer = setTimeout(() => onCriteria({ ...criteria, q, page: 1 }, true), debounceMs);
    return () => clearTimeout(timer);
  }, [text, criteria, onCriteria]);

  useEffect(() => {
    if (loadedKey.current === key) return;
    const controller = new AbortController();
    setResult(null);
    setError(null);
    getCatalog(accountId, criteria, controller.signal)
      .then((page) => {
        loadedKey.current = key;
        setResult(page);
        onLoaded({ key, page });
      })
      .catch((err: unknown) => {
        if (!isAbortError(err)) setError(toBanner(err));
      });
    return () => controller.abort();
    // `criteria` is fully described by `key`.
  }, [accountId, key, reload]);

  function refresh() {
    loadedKey.current = null;
    setReload((n) => n + 1);
  }

  function submitSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const q = text.trim();
    if (q === criteria.q && criteria.page === 1) refresh();
    else onCriteria({ ...criteria, q, page: 1 });
  }

  function goToPage(page: number) {
    navigate(paths.catalog(accountId, catalogQuery({ ...criteria, page })), { preventScrollReset: true });
    resultsTop.current?.scrollIntoView({ block: 'start' });
  }

  const openProduct = useCallback(
    (sku: string) => navigate(paths.product(accountId, sku), { state: backToResults }),
    [navigate, accountId],
  );

  const options = categories ? categoryTree(categories) : [];
  const loading = result === null && error === null;

  return (
    <>
      <section className="panel">
        <form className="catalog-search" role="search" onSubmit={submitSearch}>
          <label className="field catalog-search-text">
            <span>Search</span>
            <input
              type="search"
              data-testid="catalog-search"
              value={text}
              placeholder="Product name, text or SKU"
              autoComplete="off"
              enterKeyHint="search"
              onChange={(e) => setText(e.target.value)}
            />
          </label>
          <label className="field">
            <span>Category</span>
            <select
              data-testid="catalog-category"
              value={criteria.category}
              onChange={(e) => onCriteria({ ...criteria, q: text.trim(), category: e.target.value, page: 1 })}
            >
              <option value="">All categories</option>
              {options.map(({ category, depth }) => (
                <option key={category.code} value={category.path} data-code={category.code}>
                  {indent.repeat(depth)}
                  {category.name}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="primary" data-testid="catalog-search-submit">
            Search
          </button>
        </form>
        <p className="muted catalog-search-hint">
          {categoriesFailed && 'Categories could not be loaded; you can still search. '}
          Looking for spare parts of a machine?{' '}
          <Link to={paths.parts(accountId)} data-testid="catalog-parts-link">
            Find service parts by equipment model
          </Link>
        </p>
      </section>

      <div ref={resultsTop} className="catalog-results" aria-busy={loading}>
        {error && <ErrorBanner error={error} onRetry={refresh} />}
        {result && <MissingBanner missing={result.missing} testId="catalog-missing" />}
        {loading && <p className="muted">Loading products…</p>}
        {result && result.items.length === 0 && (
          <p className="panel muted" data-testid="catalog-empty">
            {criteria.page > 1 ? 'No more products.' : 'No products in your catalog match this search.'}
          </p>
        )}
        {result && result.items.length > 0 && (
          <ul className="catalog-list">
            {result.items.map((item) => (
              <CatalogCard
                key={item.product.sku}
                item={item}
                now={now}
                href={paths.product(accountId, item.product.sku)}
                onOpen={openProduct}
              />
            ))}
          </ul>
        )}
        <nav className="pager" aria-label="Result pages">
          <button
            type="button"
            data-testid="catalog-previous"
            disabled={criteria.page <= 1 || loading}
            onClick={() => goToPage(criteria.page - 1)}
          >
            ← Previous
          </button>
          <span className="muted" data-testid="catalog-page">
            Page {criteria.page}
          </span>
          <button type="button" data-testid="catalog-next" disabled={!result?.hasMore} onClick={() => goToPage(criteria.page + 1)}>
            Next →
          </button>
        </nav>
      </div>
    </>
  );
}

function CatalogCard({ item, now, href, onOpen }: { item: CatalogItem; now: Date; href: string; onOpen: (sku: string) => void }) {
  const { product, price } = item;
  const stock = product.availability;
  const asOf = formatAsOf(stock.asOf, now);
  const unit = product.unitOfMeasure;

  // The whole card opens the product; the name is the link (for the keyboard and for opening in a new tab), which
  // navigates by itself.
  function openUnlessLink(event: MouseEvent<HTMLLIElement>) {
    if (!(event.target instanceof Element && event.target.closest('a'))) onOpen(product.sku);
  }

  return (
    <li className="catalog-card" data-testid="catalog-item" data-sku={product.sku} onClick={openUnlessLink}>
      <div className="card-head">
        <span className="sku">{product.sku}</span>
        {isDiscontinued(product.lifecycle) && (
          <span className="badge badge-discontinued" data-testid="catalog-item-discontinued">
            Discontinued
          </span>
        )}
      </div>
      <Link to={href} state={backToResults} className="card-title" data-testid="catalog-item-open">
        {product.name}
      </Link>
      <dl className="facts">
        <div>
          <dt>Unit</dt>
          <dd>{unit}</dd>
        </div>
        <div>
          <dt>Pack</dt>
          <dd>{formatQuantity(product.packSize)}</dd>
        </div>
        <div>
          <dt>MOQ</dt>
          <dd>{formatQuantity(product.minimumOrderQuantity)}</dd>
        </div>
      </dl>
      <div className="card-price">
        {price ? (
          <>
            <span className="price-amount" data-testid="catalog-item-price">
              {formatMoney(price.unitPrice, price.currency)}
            </span>{' '}
            <span className="muted">/ {unit}</span>
          </>
        ) : (
          <span className="price-unavailable" data-testid="catalog-item-price">
            Price unavailable
          </span>
        )}
      </div>
      <div className="card-stock" data-testid="catalog-item-stock">
        {stock.totalQuantity > 0 ? (
          <span className="in-stock">
            {formatQuantity(stock.totalQuantity)} {unit} in stock
          </span>
        ) : (
          <span className="out-of-stock">Out of stock</span>
        )}
        {asOf && <span className="muted"> · {asOf}</span>}
      </div>
    </li>
  );
}
