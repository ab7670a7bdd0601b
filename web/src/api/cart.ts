import type { MissingPart } from './catalog';
import { apiFetch } from './client';
import type { OrderPreview } from './orders';

// ---- Types (CartContracts.cs, camelCase JSON) ----

/** `warehouse` is a warehouse code, or null for best available. */
export interface CartLine {
  sku: string;
  quantity: number;
  note: string | null;
  warehouse: string | null;
  addedAt: string;
}

/** The caller's cart for an account; `version` goes up with every change. */
export interface Cart {
  accountId: string;
  lines: CartLine[];
  updatedAt: string | null;
  version: number;
}

/** The cart with the Order service's checks of it as a draft order; `checks` is null when they could not be made (see `missing`). */
export interface CartView {
  cart: Cart;
  checks: OrderPreview | null;
  missing: MissingPart[];
}

/** What a cart line should be from now on; it replaces what the line had. */
export interface CartLineChange {
  quantity: number;
  note?: string | null;
  warehouse?: string | null;
}

export type ImportOutcome =
  | 'accepted'
  | 'unknown-sku'
  | 'not-in-assortment'
  | 'discontinued'
  | 'below-minimum-quantity'
  | 'pack-size-multiple'
  | 'duplicate-merged'
  | 'unparseable'
  | (string & {});

export interface ImportRow {
  row: number;
  sku: string | null;
  quantity: number | null;
  note: string | null;
  warehouse: string | null;
  outcome: ImportOutcome;
  message: string;
  suggestedQuantity: number | null;
  suggestedSku: string | null;
  /** The row a duplicate was added to. */
  mergedInto: number | null;
  warnings: string[];
}

export interface ImportSummary {
  rows: number;
  accepted: number;
  fixable: number;
  rejected: number;
  merged: number;
}

/** Lines to add to the cart from a CSV file, quick order text or an earlier order; nothing is added until it is confirmed. */
export interface CartImport {
  id: string;
  source: string;
  status: 'pending' | 'applied' | (string & {});
  createdAt: string;
  expiresAt: string;
  summary: ImportSummary;
  rows: ImportRow[];
}

export const warehouses = [
  { code: 'HAM', name: 'Hamburg' },
  { code: 'LYS', name: 'Lyon' },
  { code: 'POZ', name: 'Poznań' },
] as const;

/** What the CSV import reads, said once for the page and for anyone reading the code. */
export const csvFormat = { columns: 'sku,quantity[,note][,warehouse]', maxLines: 5000 } as const;

// ---- Calls ----

const cartPath = (accountId: string) => `/api/v1/accounts/${encodeURIComponent(accountId)}/cart`;
const linePath = (accountId: string, sku: string) => `${cartPath(accountId)}/lines/${encodeURIComponent(sku)}`;

export const getCartView = (accountId: string, signal?: AbortSignal) => apiFetch<CartView>(cartPath(accountId), { signal });

/** The cart's lines without the checks (cheap: for the header's line count). */
export const getCartLines = (accountId: string, signal?: AbortSignal) =>
  apiFetch<CartView>(`${cartPath(accountId)}?checks=false`, { signal });

/** Sets the line of a SKU to this quantity (and note and warehouse); it does not add to a quantity already there. */
export const setCartLine = (accountId: string, sku: string, change: CartLineChange) =>
  apiFetch<Cart>(linePath(accountId, sku), { method: 'PUT', body: change });

export const removeCartLine = (accountId: string, sku: string) => apiFetch<Cart>(linePath(accountId, sku), { method: 'DELETE' });

/** Quick order: `SKU quantity` per line. Answers a report; nothing is in the cart yet. */
export const importQuickOrder = (accountId: string, text: string) =>
  apiFetch<CartImport>(`${cartPath(accountId)}/imports/quick-order`, { method: 'POST', body: { text } });

/** A CSV file, sent as it is. Answers a report; nothing is in the cart yet. */
export const importCsv = (accountId: string, file: Blob) =>
  apiFetch<CartImport>(`${cartPath(accountId)}/imports/csv`, { method: 'POST', rawBody: { content: file, contentType: 'text/csv' } });

/** The lines of an earlier order of the account. Answers a report; nothing is in the cart yet. */
export const importReorder = (accountId: string, orderId: string) =>
  apiFetch<CartImport>(`${cartPath(accountId)}/imports/reorder`, { method: 'POST', body: { orderId } });

export const getCartImport = (accountId: string, importId: string, signal?: AbortSignal) =>
  apiFetch<CartImport>(`${cartPath(accountId)}/imports/${encodeURIComponent(importId)}`, { signal });

/** Adds the accepted rows, and the suggestions of the rows listed, to the cart. */
export const confirmCartImport = (accountId: string, importId: string, useSuggestionFor: readonly number[]) =>
  apiFetch<Cart>(`${cartPath(accountId)}/imports/${encodeURIComponent(importId)}/confirm`, {
    method: 'POST',
    body: { useSuggestionFor: [...useSuggestionFor] },
  });

/**
 * Puts another SKU in place of a line (the fix a discontinued product's finding offers): the successor gets the line's
 * quantity, note and warehouse, added to its own line when it is in the cart already, and the old line goes.
 */
export async function replaceCartLine(accountId: string, line: CartLine, replacementSku: string, cart: Cart): Promise<Cart> {
  const existing = cart.lines.find((l) => sameSku(l.sku, replacementSku) && !sameSku(l.sku, line.sku));
  await setCartLine(accountId, replacementSku, {
    quantity: line.quantity + (existing?.quantity ?? 0),
    note: existing?.note ?? line.note,
    warehouse: existing?.warehouse ?? line.warehouse,
  });
  return removeCartLine(accountId, line.sku);
}

export const sameSku = (a: string, b: string) => a.toUpperCase() === b.toUpperCase();
