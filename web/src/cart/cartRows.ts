import { sameSku, type CartLine, type CartView } from '../api/cart';
import { placeFindings, type OrderFinding } from '../api/findings';
import type { PreviewLine } from '../api/orders';

/** A cart line with what the checks say of it. */
export interface CartRow {
  line: CartLine;
  /** The 1-based number the checks gave the line, which findings refer to. */
  lineNumber: number;
  /** The product, price and allocations; null when the checks are missing or have not caught up with a change yet. */
  check: PreviewLine | null;
  findings: OrderFinding[];
}

export interface CartRows {
  rows: CartRow[];
  /** Findings of the whole cart (and of lines no longer in it). */
  general: OrderFinding[];
}

/**
 * Pairs each cart line with its line of the checks. The checks list the lines in cart order, but they are paired by SKU
 * (a SKU has one line in a cart) so a cart just changed, whose checks are still coming, never shows another line's data.
 */
export function cartRows(view: CartView): CartRows {
  const checkLines = view.checks?.lines ?? [];
  const paired = view.cart.lines.map((line, index) => {
    const check = checkLines.find((c) => sameSku(c.sku, line.sku)) ?? null;
    return { line, check, lineNumber: check?.lineNumber ?? index + 1 };
  });
  const placed = placeFindings(
    view.checks?.findings ?? [],
    paired.filter((row) => row.check !== null).map((row) => row.lineNumber),
  );
  return {
    rows: paired.map((row) => ({ ...row, findings: row.check ? (placed.byLine.get(row.lineNumber) ?? []) : [] })),
    general: placed.general,
  };
}

/** What a buyer sets on a cart line. */
export interface LineValues {
  quantity: number;
  note: string | null;
  warehouse: string | null;
}

export const lineValuesOf = (line: Pick<CartLine, 'quantity' | 'note' | 'warehouse'>): LineValues => ({
  quantity: line.quantity,
  note: line.note?.trim() || null,
  warehouse: line.warehouse || null,
});

export const sameLineValues = (a: LineValues, b: LineValues) =>
  a.quantity === b.quantity && a.note === b.note && a.warehouse === b.warehouse;
