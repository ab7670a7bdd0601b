import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  confirmCartImport,
  getCartImport,
  getCartView,
  importCsv,
  importQuickOrder,
  importReorder,
  removeCartLine,
  replaceCartLine,
  setCartLine,
  type Cart,
  type CartLine,
} from './cart';
import { stubFetch } from './fetchStub';

afterEach(() => {
  vi.unstubAllGlobals();
});

const line = (sku: string, quantity: number, extra: Partial<CartLine> = {}): CartLine => ({
  sku,
  quantity,
  note: null,
  warehouse: null,
  addedAt: '2024-03-01T10:00:00Z',
  ...extra,
});
const cartOf = (...lines: CartLine[]): Cart => ({ accountId: 'a1', lines, updatedAt: null, version: 4 });

describe('cart calls', () => {
  it('read, set and remove lines at account-scoped paths with encoded SKUs', async () => {
    const { calls } = stubFetch(cartOf());

    await getCartView('a1');
    await setCartLine('a1', 'AB/1', { quantity: 12, note: 'for line 3', warehouse: null });
    await removeCartLine('a1', 'AB/1');

    expect(calls()).toEqual([
      expect.objectContaining({ method: 'GET', url: '/api/v1/accounts/a1/cart' }),
      expect.objectContaining({
        method: 'PUT',
        url: '/api/v1/accounts/a1/cart/lines/AB%2F1',
        body: { quantity: 12, note: 'for line 3', warehouse: null },
      }),
      expect.objectContaining({ method: 'DELETE', url: '/api/v1/accounts/a1/cart/lines/AB%2F1', body: undefined }),
    ]);
    expect(calls().every((call) => call.headers['X-CSRF'] === '1')).toBe(true);
  });

  it('send quick order text and reorders as JSON', async () => {
    const { calls } = stubFetch({ id: 'imp-1' });

    await importQuickOrder('a1', 'PMP-1001 10\nVLV-2 4');
    await importReorder('a1', 'o1');

    expect(calls()).toEqual([
      expect.objectContaining({ method: 'POST', url: '/api/v1/accounts/a1/cart/imports/quick-order', body: { text: 'PMP-1001 10\nVLV-2 4' } }),
      expect.objectContaining({ method: 'POST', url: '/api/v1/accounts/a1/cart/imports/reorder', body: { orderId: 'o1' } }),
    ]);
  });

  it('sends a CSV file as it is, as text/csv', async () => {
    const { calls } = stubFetch({ id: 'imp-1' });
    const file = new Blob(['PMP-1001;10\n'], { type: 'application/vnd.ms-excel' });

    await importCsv('a1', file);

    const [call] = calls();
    expect(call.method).toBe('POST');
    expect(call.url).toBe('/api/v1/accounts/a1/cart/imports/csv');
    expect(call.body).toBe(file);
    expect(call.headers['Content-Type']).toBe('text/csv');
    expect(call.headers['X-CSRF']).toBe('1');
  });

  it('reads and confirms an import with the rows whose suggestion was chosen', async () => {
    const { calls } = stubFetch(cartOf());

    await getCartImport('a1', 'imp-1');
    await confirmCartImport('a1', 'imp-1', [2, 5]);

    expect(calls()).toEqual([
      expect.objectContaining({ method: 'GET', url: '/api/v1/accounts/a1/cart/imports/imp-1' }),
      expect.objectContaining({ method: 'POST', url: '/api/v1/accounts/a1/cart/imports/imp-1/confirm', body: { useSuggestionFor: [2, 5] } }),
    ]);
  });
});

describe('replaceCartLine', () => {
  it('puts the successor in with the line quantity, note and warehouse, then removes the old line', async () => {
    const old = line('PMP-100', 5, { note: 'spare', warehouse: 'HAM' });
    const { calls } = stubFetch(cartOf(old, line('PMP-100080', 5)), cartOf(line('PMP-100080', 5)));

    const result = await replaceCartLine('a1', old, 'PMP-100080', cartOf(old));

    expect(calls().map(({ method, url, body }) => ({ method, url, body }))).toEqual([
      { method: 'PUT', url: '/api/v1/accounts/a1/cart/lines/PMP-100080', body: { quantity: 5, note: 'spare', warehouse: 'HAM' } },
      { method: 'DELETE', url: '/api/v1/accounts/a1/cart/lines/PMP-100', body: undefined },
    ]);
    expect(result.lines.map((l) => l.sku)).toEqual(['PMP-100080']);
  });

  it('adds to the successor line when the cart holds it already, keeping that line its note and warehouse', async () => {
    const old = line('PMP-100', 5, { note: 'old note' });
    const successor = line('PMP-100080', 10, { note: 'kept', warehouse: 'POZ' });
    const { calls } = stubFetch(cartOf());

    await replaceCartLine('a1', old, 'PMP-100080', cartOf(old, successor));

    expect(calls()[0].body).toEqual({ quantity: 15, note: 'kept', warehouse: 'POZ' });
  });
});
