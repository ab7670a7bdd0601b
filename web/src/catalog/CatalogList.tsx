import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  catalogQuery,
  categoryTree,
  formatAsOf,
  formatMoney,
  formatQuantity,
  getCatalog,
  isDiscontinued,
  type CatalogCriteria,
  type CatalogItem,
  type CatalogPage,
  type Category,
} from '../api/catalog';
import { isAbortError } from '../api/client';
import { ErrorBanner, MissingBanner, toBanner, useNow, type Banner } from './shared';

/** The last page shown, kept by the catalog area so "Back to results" shows it again without a new search. */
export interface CachedCatalogPage {
  key: string;
  page: CatalogPage;
}

const debounceMs = 400;
const indent = '\u00a0\u00a0\u00a0';

interface Props {
  accountId: string;
  categories: Category[] | null;
  categoriesFailed: boolean;
  criteria: CatalogCriteria;
  onCriteria: (criteria: CatalogCriteria) => void;
  cached: CachedCatalogPage | null;
  onLoaded: (page: CachedCatalogPage) => void;
  onOpenProduct: (sku: string) => void;
  onOpenParts: () => void;
}

/** Search (text or SKU prefix), category filter, results and paging. */
export function CatalogList(props: Props) {
  const { accountId, categories, categoriesFailed, criteria, onCriteria, cached, onLoaded, onOpenProduct, onOpenParts } = props;
  const key = catalogQuery(criteria);
  const [result, setResult] = useState<CatalogPage | null>(() => (cached?.key === key ? cached.page : null));
  const [error, setError] = useState<Banner | null>(null);
  const [reload, setReload] = useState(0);
  const [text, setText] = useState(criteria.q);
  const loadedKey = useRef<string | null>(cached?.key === key ? key : null);
  const resultsTop = useRef<HTMLDivElement>(null);
  const now = useNow();

  // Search while typing, once the text settles (a single character is too broad to be useful).
  useEffect(() => {
    const q = text.trim();
    if (q === criteria.q || q.length === 1) return;
    const timer = setTimeout(() => onCriteria({ ...criteria, q, page: 1 }), debounceMs);
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

  function search(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const q = text.trim();
    if (q === criteria.q && criteria.page === 1) refresh();
    else onCriteria({ ...criteria, q, page: 1 });
  }

  function goToPage(page: number) {
    onCriteria({ ...criteria, page });
    resultsTop.current?.scrollIntoView({ block: 'start' });
  }

  const options = categories ? categoryTree(categories) : [];
  const loading = result === null && error === null;

  return (
    <>
      <section className="panel">
        <form className="catalog-search" role="search" onSubmit={search}>
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
          <button type="button" className="link-button" data-testid="catalog-parts-link" onClick={onOpenParts}>
            Find service parts by equipment model
          </button>
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
              <CatalogCard key={item.product.sku} item={item} now={now} onOpen={onOpenProduct} />
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

function CatalogCard({ item, now, onOpen }: { item: CatalogItem; now: Date; onOpen: (sku: string) => void }) {
  const { product, price } = item;
  const stock = product.availability;
  const asOf = formatAsOf(stock.asOf, now);
  const unit = product.unitOfMeasure;

  // The whole card opens the product; the name is the keyboard-reachable control (its click bubbles up here).
  return (
    <li className="catalog-card" data-testid="catalog-item" data-sku={product.sku} onClick={() => onOpen(product.sku)}>
      <div className="card-head">
        <span className="sku">{product.sku}</span>
        {isDiscontinued(product.lifecycle) && (
          <span className="badge badge-discontinued" data-testid="catalog-item-discontinued">
            Discontinued
          </span>
        )}
      </div>
      <button type="button" className="link-button card-title" data-testid="catalog-item-open">
        {product.name}
      </button>
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
