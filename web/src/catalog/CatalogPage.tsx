import { useEffect, useMemo, useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { listCategories, type Category } from '../api/catalog';
import { isAbortError } from '../api/client';
import { paths } from '../app/paths';
import { useAccount } from '../app/PortalContext';
import type { CachedCatalogPage, CatalogArea } from './catalogArea';

/**
 * The catalog area: results list, product pages and the service-parts lookup, each at its own URL. It stays mounted
 * while the buyer moves between them, keeping the categories and the last results.
 */
export function CatalogPage() {
  const { accountId } = useAccount();
  const navigate = useNavigate();
  const location = useLocation();
  const [cached, setCached] = useState<CachedCatalogPage | null>(null);
  const [categories, setCategories] = useState<Category[] | null>(null);
  const [categoriesFailed, setCategoriesFailed] = useState(false);

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

  const area = useMemo<CatalogArea>(
    () => ({ categories, categoriesFailed, cached, onLoaded: setCached }),
    [categories, categoriesFailed, cached],
  );

  const section = /\/catalog\/parts(\/|$)/.test(location.pathname)
    ? 'parts'
    : /\/catalog\/?$/.test(location.pathname)
      ? 'list'
      : 'product';

  return (
    <div className="catalog-page">
      <div className="page-head">
        <h1>Catalog</h1>
        <div className="tabs" role="group" aria-label="Catalog sections">
          <button
            type="button"
            data-testid="catalog-tab-products"
            aria-pressed={section !== 'parts'}
            onClick={() => section !== 'list' && navigate(paths.catalog(accountId, cached?.key ?? ''))}
          >
            Products
          </button>
          <button
            type="button"
            data-testid="catalog-tab-parts"
            aria-pressed={section === 'parts'}
            onClick={() => section !== 'parts' && navigate(paths.parts(accountId))}
          >
            Service parts
          </button>
        </div>
      </div>
      <Outlet context={area} />
    </div>
  );
}
