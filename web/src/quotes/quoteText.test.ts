import { describe, expect, it } from 'vitest';
import { changeText, historyText } from './quoteText';

describe('quote texts', () => {
  it('say what a revision changed, line by line and for the whole quote', () => {
    expect(changeText({ lineNumber: 1, sku: 'PMP-1001', field: 'unitPrice', before: '1450.00', after: '1420.00' })).toBe(
      'Line 1 (PMP-1001) unit price: 1450.00 → 1420.00',
    );
    expect(changeText({ lineNumber: null, sku: null, field: 'discountPercent', before: null, after: '2.00' })).toBe('Quote discount %: none → 2.00');
    expect(changeText({ lineNumber: 3, sku: 'SEA-4001', field: 'line', before: null, after: '5 × SEA-4001 at 9.00' })).toBe(
      'Line 3 (SEA-4001) added: 5 × SEA-4001 at 9.00',
    );
    expect(changeText({ lineNumber: 2, sku: 'SEA-4001', field: 'line', before: '5 × SEA-4001 at 9.00', after: null })).toBe(
      'Line 2 (SEA-4001) removed: was 5 × SEA-4001 at 9.00',
    );
  });

  it('tell who moved the quote where', () => {
    const at = '2026-12-07T10:00:00Z';
    expect(historyText({ at, from: null, to: 'Draft', party: 'buyer', actorName: 'Anna', revision: null, comment: null })).toBe('Anna (buyer) created the request');
    expect(historyText({ at, from: 'InReview', to: 'Sent', party: 'seller', actorName: 'Mia', revision: 2, comment: null })).toBe(
      'Mia (account manager): InReview → Sent, revision 2',
    );
    expect(historyText({ at, from: 'Sent', to: 'Expired', party: 'portal', actorName: 'B2B Portal', revision: 1, comment: null })).toBe(
      'The portal: Sent → Expired, revision 1',
    );
  });
});
