import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pollOrder, type Order } from './orders';

const base: Order = {
  id: 'o1',
  number: 'SO-1',
  accountId: 'a1',
  purchaseOrderNumber: 'PO-1',
  status: 'Submitted',
  erpOrderNumber: null,
  submittedAt: '2024-01-01T00:00:00Z',
  lines: [{ sku: 'SKU-1', quantity: 1 }],
};

const json = (body: unknown) =>
  new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('pollOrder', () => {
  it('polls every second until the ERP number arrives', async () => {
    const fetchMock = vi
      .fn()
      .mockResolvedValueOnce(json(base))
      .mockResolvedValueOnce(json({ ...base, status: 'Acknowledged', erpOrderNumber: 'ERP-42' }));
    vi.stubGlobal('fetch', fetchMock);
    const updates: Order[] = [];

    const done = pollOrder('a1', 'o1', { onUpdate: (o) => updates.push(o) });
    await vi.advanceTimersByTimeAsync(2000);
    const last = await done;

    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(fetchMock.mock.calls[0][0]).toBe('/api/v1/accounts/a1/orders/o1');
    expect(last?.erpOrderNumber).toBe('ERP-42');
    expect(updates).toHaveLength(2);
  });

  it('gives up after 30 seconds', async () => {
    const fetchMock = vi.fn(async () => json(base));
    vi.stubGlobal('fetch', fetchMock);

    const done = pollOrder('a1', 'o1');
    await vi.advanceTimersByTimeAsync(31_000);
    const last = await done;

    expect(last?.erpOrderNumber).toBeNull();
    expect(fetchMock).toHaveBeenCalledTimes(30);
  });
});
