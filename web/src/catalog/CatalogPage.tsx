import { useCallback, useEffect, useLayoutEffect, useState } from 'react';
import { listCategories, type CatalogCriteria, type Category } from '../api/catalog';
import { isAbortError } from '../api/client';
import { CatalogList, type CachedCatalogPage } from './CatalogList';
import { PartsLookup } from './PartsLookup';
import { ProductView } from './ProductView';

export type CatalogView = { view: 'list' } | { view: 'product'; sku: string } | { view: 'parts'; model: string };

interface Entry {
  view: CatalogView;
  /** Where the window was scrolled when the user left this view, to come back to it. */
  scrollY: number;
}

const listEntry: Entry = { view: { view: 'list' }, scrollY: 0 };

const sameView = (a: CatalogView, b: CatalogView) =>
  a.view === b.view &&
  (a.view !== 'product' || a.sku === (b as typeof a).sku) &&
  (a.view !== 'parts' || a.model === (b as typeof a).model);

function backLabel(previous: CatalogView | undefined): string {
  if (!previous || previous.view === 'list') return 'Back to results';
  if (previous.view === 'parts') return 'Back to service parts';
  return `Back to ${previous.sku}`;
}

/**
 * The catalog area: results list, product pages and the service-parts lookup, with a small stack of views instead of
 * a router. Mount it with `key={accountId}` so switching accounts starts over at the list.
 */
export function CatalogPage({ accountId }: { accountId: string }) {
  const [stack, setStack] = useState<Entry[]>([listEntry]);
  const [criteria, setCriteria] = useState<CatalogCriteria>({ q: '', category: '', page: 1 });
  const [cached, setCached] = useState<CachedCatalogPage | null>(null);
  const [categories, setCategories] = useState<Category[] | null>(null);
  const [categoriesFailed, setCategoriesFailed] = useState(false);

  const current = stack[stack.length - 1];
  const previous = stack.length > 1 ? stack[stack.length - 2] : undefined;

  useEffect(() => {
    const controller = new AbortController();
    listCategories(accountId, controller.signal)
      .then((list) => {
        setCategories(list);
        setCategoriesFailed(false);
      })
      .catch((err: unknown) => {
        if (!isAbortError(err)) setCategoriesFailed(true);
      });
    return () => controller.abort();
  }, [accountId]);

  // A new view starts at the top; going back returns to where the user was.
  useLayoutEffect(() => {
    window.scrollTo(0, current.scrollY);
  }, [current]);

  const open = useCallback((view: CatalogView) => {
    setStack((prev) => {
      const top = prev[prev.length - 1];
      if (sameView(top.view, view)) return prev;
      return [...prev.slice(0, -1), { ...top, scrollY: window.scrollY }, { view, scrollY: 0 }];
    });
  }, []);

  const replace = useCallback((view: CatalogView) => {
    setStack((prev) => [...prev.slice(0, -1), { view, scrollY: 0 }]);
  }, []);

  const back = useCallback(() => {
    setStack((prev) => (prev.length > 1 ? prev.slice(0, -1) : [listEntry]));
  }, []);

  const openProduct = useCallback((sku: string) => open({ view: 'product', sku }), [open]);
  const openParts = useCallback((model: string) => open({ view: 'parts', model }), [open]);

  const tab = current.view.view === 'parts' ? 'parts' : 'products';

  return (
    <div className="catalog-page">
      <div className="page-head">
        <h1>Catalog</h1>
        <div className="tabs" role="group" aria-label="Catalog sections">
          <button
            type="button"
            data-testid="catalog-tab-products"
            aria-pressed={tab === 'products'}
            onClick={() => setStack((prev) => (prev[prev.length - 1].view.view === 'list' ? prev : [listEntry]))}
          >
            Products
          </button>
          <button
            type="button"
            data-testid="catalog-tab-parts"
            aria-pressed={tab === 'parts'}
            onClick={() => (current.view.view === 'parts' ? undefined : open({ view: 'parts', model: '' }))}
          >
            Service parts
          </button>
        </div>
      </div>

      {current.view.view === 'list' && (
        <CatalogList
          accountId={accountId}
          categories={categories}
          categoriesFailed={categoriesFailed}
          criteria={criteria}
          onCriteria={setCriteria}
          cached={cached}
          onLoaded={setCached}
          onOpenProduct={openProduct}
          onOpenParts={() => openParts('')}
        />
      )}
      {current.view.view === 'product' && (
        <ProductView
          key={current.view.sku}
          accountId={accountId}
          sku={current.view.sku}
          backLabel={backLabel(previous?.view)}
          onBack={back}
          onOpenProduct={openProduct}
          onOpenParts={openParts}
        />
      )}
      {current.view.view === 'parts' && (
        <PartsLookup
          key={current.view.model}
          accountId={accountId}
          model={current.view.model}
          onModel={(model) => replace({ view: 'parts', model })}
          onOpenProduct={openProduct}
        />
      )}
    </div>
  );
}
