import { apiFetch } from './client';

// ---- Types (the BFF's composed catalog; C# records serialised as camelCase JSON) ----

export type Lifecycle = 'Active' | 'Discontinued' | (string & {});

export interface WarehouseStock {
  warehouse: string;
  warehouseName: string;
  quantity: number;
  /** ISO date-time the ERP last confirmed this quantity. */
  confirmedAt: string;
}

export interface Availability {
  totalQuantity: number;
  /** The oldest confirmation among the warehouses; null when the product is stocked nowhere. */
  asOf: string | null;
  ageSeconds: number | null;
  warehouses: WarehouseStock[];
}

export interface ProductSummary {
  sku: string;
  name: string;
  categoryCode: string;
  /** e.g. "pumps/centrifugal" */
  categoryPath: string;
  unitOfMeasure: string;
  packSize: number;
  palletQuantity: number;
  minimumOrderQuantity: number;
  lifecycle: Lifecycle;
  successorSku: string | null;
  equipmentModel: string | null;
  availability: Availability;
}

export interface MediaLink {
  kind: 'datasheet' | 'image' | 'cad' | (string & {});
  title: string;
  url: string;
}

export interface ServicePart {
  position: string;
  sku: string;
  name: string;
  quantity: number;
  lifecycle: Lifecycle;
}

export interface ProductDetails {
  summary: ProductSummary;
  description: string;
  attributes: Record<string, string>;
  media: MediaLink[];
  compatibleEquipmentModels: string[];
  serviceParts: ServicePart[];
}

export interface Category {
  code: string;
  name: string;
  path: string;
  parentCode: string | null;
}

export interface PriceTier {
  minQuantity: number;
  unitPrice: number;
}

export interface PriceExplanation {
  source: 'contract' | 'list' | (string & {});
  text: string;
  contractId: string | null;
  contractName: string | null;
  contractAccountId: string | null;
  inherited: boolean;
  tierMinQuantity: number | null;
  /** yyyy-mm-dd, inclusive */
  validFrom: string | null;
  /** yyyy-mm-dd, inclusive */
  validUntil: string | null;
}

export interface Price {
  sku: string;
  quantity: number;
  currency: string;
  unitPrice: number;
  lineAmount: number;
  explanation: PriceExplanation;
  tiers: PriceTier[];
}

/** A part of a composed answer that could not be filled in (e.g. `prices` while Pricing is down). */
export interface MissingPart {
  part: 'prices' | (string & {});
  detail: string;
}

export interface CatalogItem {
  product: ProductSummary;
  /** The account's price for one unit; null when prices are missing. */
  price: Price | null;
}

export interface CatalogPage {
  items: CatalogItem[];
  page: number;
  pageSize: number;
  hasMore: boolean;
  missing: MissingPart[];
}

export interface ProductPage {
  product: ProductDetails;
  price: Price | null;
  successor: ProductSummary | null;
  missing: MissingPart[];
}

export interface EquipmentParts {
  equipmentModel: string;
  equipmentSku: string | null;
  equipmentName: string | null;
  parts: ServicePart[];
}

export interface CatalogCriteria {
  /** Free text or SKU prefix. */
  q: string;
  /** A category path ("pumps/centrifugal": that category and everything below it); empty for all categories. */
  category: string;
  /** Starts at 1. */
  page: number;
}

// ---- Calls ----

const accountPath = (accountId: string) => `/api/v1/accounts/${encodeURIComponent(accountId)}`;

/** `?q=&category=&page=`, leaving out empty text and category; page is always sent (at least 1). */
export function catalogQuery(criteria: Partial<CatalogCriteria>): string {
  const params = new URLSearchParams();
  const q = criteria.q?.trim();
  const category = criteria.category?.trim();
  if (q) params.set('q', q);
  if (category) params.set('category', category);
  params.set('page', String(Math.max(1, Math.trunc(criteria.page ?? 1) || 1)));
  return `?${params.toString()}`;
}

/** The criteria a catalog URL's query (`?q=&category=&page=`, as `catalogQuery` writes it) stands for. */
export function catalogCriteriaFrom(params: URLSearchParams): CatalogCriteria {
  const page = Math.trunc(Number(params.get('page') ?? '1'));
  return {
    q: params.get('q')?.trim() ?? '',
    category: params.get('category')?.trim() ?? '',
    page: Number.isFinite(page) && page >= 1 ? page : 1,
  };
}

export function priceQuery(sku: string, quantity: number): string {
  return `?${new URLSearchParams({ sku, quantity: String(quantity) }).toString()}`;
}

export const getCatalog = (accountId: string, criteria: Partial<CatalogCriteria>, signal?: AbortSignal) =>
  apiFetch<CatalogPage>(`${accountPath(accountId)}/catalog${catalogQuery(criteria)}`, { signal });

export const listCategories = (accountId: string, signal?: AbortSignal) =>
  apiFetch<Category[]>(`${accountPath(accountId)}/categories`, { signal });

export const getProduct = (accountId: string, sku: string, signal?: AbortSignal) =>
  apiFetch<ProductPage>(`${accountPath(accountId)}/products/${encodeURIComponent(sku)}`, { signal });

export const getEquipmentParts = (accountId: string, model: string, signal?: AbortSignal) =>
  apiFetch<EquipmentParts>(`${accountPath(accountId)}/equipment/${encodeURIComponent(model)}/parts`, { signal });

export const getPrice = (accountId: string, sku: string, quantity: number, signal?: AbortSignal) =>
  apiFetch<Price>(`${accountPath(accountId)}/prices${priceQuery(sku, quantity)}`, { signal });

// ---- Pure helpers ----

/** The tier that applies to a quantity: the highest minimum quantity not above it (a breakpoint belongs to its tier). */
export function applicableTier(tiers: readonly PriceTier[], quantity: number): PriceTier | null {
  let best: PriceTier | null = null;
  for (const tier of tiers) {
    if (tier.minQuantity <= quantity && (best === null || tier.minQuantity > best.minQuantity)) best = tier;
  }
  return best;
}

/** The quantity a product page starts with: the minimum order quantity, at least 1. */
export function defaultQuantity(product: Pick<ProductSummary, 'minimumOrderQuantity'>): number {
  return Math.max(1, product.minimumOrderQuantity || 0);
}

/** "valid 2024-01-01 – 2024-12-31", "valid from 2024-01-01", "valid until 2024-12-31", or null. */
export function formatValidity(validFrom: string | null, validUntil: string | null): string | null {
  if (validFrom && validUntil) return `valid ${validFrom} – ${validUntil}`;
  if (validFrom) return `valid from ${validFrom}`;
  if (validUntil) return `valid until ${validUntil}`;
  return null;
}

export interface CategoryOption {
  category: Category;
  /** How many of its ancestors are in the list (0 for a root, or for a category whose parents the account cannot see). */
  depth: number;
}

/** Categories in tree order (parents before their children, siblings by name), each with its depth for indentation. */
export function categoryTree(categories: readonly Category[]): CategoryOption[] {
  const byCode = new Map(categories.map((c) => [c.code, c]));
  const children = new Map<string | null, Category[]>();
  for (const category of categories) {
    const parent = category.parentCode && byCode.has(category.parentCode) ? category.parentCode : null;
    const siblings = children.get(parent) ?? [];
    siblings.push(category);
    children.set(parent, siblings);
  }
  const result: CategoryOption[] = [];
  const seen = new Set<string>();
  const visit = (parent: string | null, depth: number) => {
    const list = [...(children.get(parent) ?? [])].sort((a, b) => a.name.localeCompare(b.name) || a.code.localeCompare(b.code));
    for (const category of list) {
      if (seen.has(category.code)) continue; // guards against cycles and duplicate codes
      seen.add(category.code);
      result.push({ category, depth });
      visit(category.code, depth + 1);
    }
  };
  visit(null, 0);
  // Anything only reachable through a cycle: list it at the top level rather than drop it.
  for (const category of categories) {
    if (!seen.has(category.code)) {
      seen.add(category.code);
      result.push({ category, depth: 0 });
      visit(category.code, 1);
    }
  }
  return result;
}

/** Only http(s) and same-origin links are rendered as links; anything else (javascript:, data:) is not. */
export function safeUrl(url: string): string | null {
  const trimmed = url.trim();
  if (trimmed.startsWith('/') && !trimmed.startsWith('//')) return trimmed;
  try {
    const parsed = new URL(trimmed);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

export const isDiscontinued = (lifecycle: string) => lifecycle.toLowerCase() === 'discontinued';
