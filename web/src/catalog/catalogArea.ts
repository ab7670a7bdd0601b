import { useOutletContext } from 'react-router';
import type { CatalogPage, Category } from '../api/catalog';

/** The last page of results shown, kept by the catalog area so "Back to results" shows it again without a new search. */
export interface CachedCatalogPage {
  /** `catalogQuery` of the criteria it answers. */
  key: string;
  page: CatalogPage;
}

/** What the catalog area keeps for its pages while the buyer moves between results, products and parts. */
export interface CatalogArea {
  categories: Category[] | null;
  categoriesFailed: boolean;
  cached: CachedCatalogPage | null;
  onLoaded: (page: CachedCatalogPage) => void;
}

export const useCatalogArea = () => useOutletContext<CatalogArea>();

/** Navigation state of a link to a product: what the product page's back link says (it goes back in history). */
export interface ProductLinkState {
  backLabel: string;
}

export function backLabelOf(state: unknown): string | null {
  if (!state || typeof state !== 'object') return null;
  const label = (state as Partial<ProductLinkState>).backLabel;
  return typeof label === 'string' && label ? label : null;
}
