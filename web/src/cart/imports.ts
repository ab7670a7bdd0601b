import type { CartImport, ImportRow } from '../api/cart';
import { formatQuantity } from '../shared/format';

const outcomeWords: Record<string, string> = {
  accepted: 'Ready to add',
  'unknown-sku': 'Unknown SKU',
  'not-in-assortment': 'Not in your catalog',
  discontinued: 'Discontinued',
  'below-minimum-quantity': 'Below the minimum order quantity',
  'pack-size-multiple': 'Not a multiple of the pack size',
  'duplicate-merged': 'Added to an earlier row',
  unparseable: 'Could not be read',
};

/** What became of a row, in words. */
export function outcomeText(row: Pick<ImportRow, 'outcome' | 'mergedInto'>): string {
  if (row.outcome === 'duplicate-merged' && row.mergedInto !== null) return `Added to row ${row.mergedInto}`;
  return outcomeWords[row.outcome] ?? row.outcome.replace(/-/g, ' ');
}

export const hasSuggestion = (row: Pick<ImportRow, 'suggestedQuantity' | 'suggestedSku'>) =>
  row.suggestedQuantity !== null || Boolean(row.suggestedSku);

/** "Use 30 instead", "Use PMP-100080 instead", "Use 30 of PMP-100080 instead"; null without a suggestion. */
export function rowSuggestionLabel(row: Pick<ImportRow, 'suggestedQuantity' | 'suggestedSku'>, locale?: string): string | null {
  const quantity = row.suggestedQuantity !== null ? formatQuantity(row.suggestedQuantity, locale) : null;
  if (row.suggestedSku && quantity) return `Use ${quantity} of ${row.suggestedSku} instead`;
  if (row.suggestedSku) return `Use ${row.suggestedSku} instead`;
  if (quantity) return `Use ${quantity} instead`;
  return null;
}

/** How many rows go into the cart on confirm: the accepted ones, and those whose suggestion the buyer chose. */
export function linesToAdd(report: Pick<CartImport, 'rows'>, chosen: ReadonlySet<number>): number {
  return report.rows.filter((row) => row.outcome === 'accepted' || (chosen.has(row.row) && hasSuggestion(row))).length;
}

/** The row numbers to send as `useSuggestionFor`: chosen rows that have a suggestion, in row order. */
export function suggestionsToUse(report: Pick<CartImport, 'rows'>, chosen: ReadonlySet<number>): number[] {
  return report.rows.filter((row) => chosen.has(row.row) && hasSuggestion(row)).map((row) => row.row);
}

/** Navigation state of a link to the cart that shows an import report (reorder passes the report it already has). */
export interface CartLinkState {
  importReport: CartImport;
}

export function importReportOf(state: unknown): CartImport | null {
  if (!state || typeof state !== 'object') return null;
  const report = (state as Partial<CartLinkState>).importReport;
  return report && typeof report === 'object' && typeof report.id === 'string' && Array.isArray(report.rows) ? report : null;
}
