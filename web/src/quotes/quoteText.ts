import type { QuoteChange, QuoteHistoryEntry } from '../api/quotes';

const fieldNames: Record<string, string> = {
  validUntil: 'valid until',
  terms: 'terms',
  discountPercent: 'discount %',
  netAmount: 'net total',
  sku: 'product',
  quantity: 'quantity',
  unitPrice: 'unit price',
  lineAmount: 'line amount',
};

/** One change of a revision in words: "Line 1 (PMP-1001) unit price: 1450.00 → 1420.00", "Line 3 added: …". */
export function changeText(change: QuoteChange): string {
  const what = change.lineNumber === null ? 'Quote' : `Line ${change.lineNumber}${change.sku ? ` (${change.sku})` : ''}`;
  if (change.field === 'line') {
    return change.before === null ? `${what} added: ${change.after}` : change.after === null ? `${what} removed: was ${change.before}` : `${what}: ${change.before} → ${change.after}`;
  }

  return `${what} ${fieldNames[change.field] ?? change.field}: ${change.before ?? 'none'} → ${change.after ?? 'none'}`;
}

const partyNames: Record<string, string> = { buyer: 'buyer', seller: 'account manager', portal: 'the portal' };

/** A history entry in words: who moved the quote to which state, and what they wrote. */
export function historyText(entry: QuoteHistoryEntry): string {
  const who = entry.party === 'portal' ? 'The portal' : `${entry.actorName} (${partyNames[entry.party] ?? entry.party})`;
  const revision = entry.revision !== null ? `, revision ${entry.revision}` : '';
  return entry.from === null ? `${who} created the request` : `${who}: ${entry.from} → ${entry.to}${revision}`;
}
