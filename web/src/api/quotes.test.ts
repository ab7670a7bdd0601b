import { afterEach, describe, expect, it, vi } from 'vitest';
import { stubFetch } from './fetchStub';
import { addInternalNote, getQuote, getQuoteQueue, getStaging, listQuotes, orderQuote, quoteStep, requestQuote, stageQuote } from './quotes';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('quote calls', () => {
  it('read the account’s quotes, one quote, the seller’s queue and the staged revision', async () => {
    const { calls } = stubFetch({ items: [] });

    await listQuotes('a 1', 2);
    await getQuote('a 1', 'q/1');
    await getQuoteQueue('a 1');
    await getStaging('a 1', 'q1');

    expect(calls().map((c) => [c.method, c.url])).toEqual([
      ['GET', '/api/v1/accounts/a%201/quotes?page=2'],
      ['GET', '/api/v1/accounts/a%201/quotes/q%2F1'],
      ['GET', '/api/v1/accounts/a%201/quotes/queue'],
      ['GET', '/api/v1/accounts/a%201/quotes/q1/staging'],
    ]);
  });

  it('ask for a quote with the caller’s idempotency key', async () => {
    const { calls } = stubFetch({ id: 'q1' });

    await requestQuote('a1', { fromCartVersion: 7, comment: 'Yearly volume' }, 'key-1');

    expect(calls()[0]).toMatchObject({
      method: 'POST',
      url: '/api/v1/accounts/a1/quotes',
      body: { fromCartVersion: 7, comment: 'Yearly volume' },
      headers: { 'Idempotency-Key': 'key-1' },
    });
  });

  it('take steps naming the revision read, stage a revision, note and order', async () => {
    const { calls } = stubFetch({ id: 'q1' });

    await quoteStep('a1', 'q1', 'acceptance', { revision: 2 });
    await quoteStep('a1', 'q1', 'renegotiation', { revision: 2, comment: '1,400 please' });
    await stageQuote('a1', 'q1', { lines: [{ sku: 'PMP-1001', quantity: 4, unitPrice: 1450 }], validUntil: '2026-12-31', discountPercent: 2 });
    await addInternalNote('a1', 'q1', 'Margin floor 1,380');
    await orderQuote('a1', { quoteId: 'q1', revision: 2, purchaseOrderNumber: 'PO-1' }, 'key-2');

    expect(calls().map((c) => [c.method, c.url, c.body])).toEqual([
      ['POST', '/api/v1/accounts/a1/quotes/q1/acceptance', { revision: 2 }],
      ['POST', '/api/v1/accounts/a1/quotes/q1/renegotiation', { revision: 2, comment: '1,400 please' }],
      ['PUT', '/api/v1/accounts/a1/quotes/q1/staging', { lines: [{ sku: 'PMP-1001', quantity: 4, unitPrice: 1450 }], validUntil: '2026-12-31', discountPercent: 2 }],
      ['POST', '/api/v1/accounts/a1/quotes/q1/notes', { text: 'Margin floor 1,380' }],
      ['POST', '/api/v1/accounts/a1/orders/from-quote', { quoteId: 'q1', revision: 2, purchaseOrderNumber: 'PO-1' }],
    ]);
    expect(calls()[4].headers).toMatchObject({ 'Idempotency-Key': 'key-2' });
  });
});
