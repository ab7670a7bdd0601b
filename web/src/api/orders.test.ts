import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stubFetch } from './fetchStub';
import {
  awaitsErp,
  cancelOrder,
  checkout,
  followOrder,
  isFinal,
  listOrders,
  orderListCriteriaFrom,
  orderListQuery,
  previewOrder,
  type Order,
  type PlaceOrderRequest,
} from './orders';

const base: Order = {
  id: 'o1',
  number: 'SO-1',
  accountId: 'a1',
  purchaseOrderNumber: 'PO-1',
  status: 'Submitted',
  erpOrderNumber: null,
  submittedAt: '2024-01-01T00:00:00Z',
  acknowledgedAt: null,
  lines: [
    {
      lineNumber: 1,
      sku: 'SKU-1',
      name: 'Seal kit',
      quantity: 1,
      unit: 'pcs',
      note: null,
      requestedWarehouse: null,
      price: {
        currency: 'EUR',
        unitPrice: 10,
        lineAmount: 10,
        source: 'list',
        contractId: null,
        contractName: null,
        tierMinQuantity: null,
        explanation: 'List price',
      },
      allocations: [],
      shippedQuantity: 0,
      backorderedQuantity: 0,
      revisedDeliveryDate: null,
    },
  ],
  placedBy: { subject: 'u1', name: 'Anna Buyer', isPartner: false },
  source: 'cart',
  requestedDeliveryDate: null,
  shipTo: null,
  vatId: null,
  currency: 'EUR',
  netAmount: 10,
  rejectionReason: null,
  validationStatus: 'Approved',
  paymentStatus: 'NotInvoiced',
  cancellationReason: null,
  cancellationRequestedAt: null,
  invoicedAmount: 0,
  paidAmount: 0,
  shipments: [],
  invoices: [],
  history: [],
  approval: null,
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

describe('followOrder', () => {
  it('reads the order every 2 seconds until it is final', async () => {
    const fetchMock = vi
      .fn()
      .mockResolvedValueOnce(json({ ...base, erpOrderNumber: 'ERP-42', status: 'Confirmed' }))
      .mockResolvedValueOnce(json({ ...base, erpOrderNumber: 'ERP-42', status: 'Delivered', paymentStatus: 'Invoiced' }))
      .mockResolvedValueOnce(json({ ...base, erpOrderNumber: 'ERP-42', status: 'Delivered', paymentStatus: 'Paid' }));
    vi.stubGlobal('fetch', fetchMock);
    const updates: Order[] = [];

    const done = followOrder('a1', 'o1', { onUpdate: (o: Order) => updates.push(o) });
    await vi.advanceTimersByTimeAsync(10_000);
    const last = await done;

    expect(fetchMock).toHaveBeenCalledTimes(3);
    expect(fetchMock.mock.calls[0][0]).toBe('/api/v1/accounts/a1/orders/o1');
    expect(updates.map((o) => o.status)).toEqual(['Confirmed', 'Delivered', 'Delivered']);
    expect(last?.paymentStatus).toBe('Paid');
  });

  it('keeps following past the ERP number, and through a failed read', async () => {
    const fetchMock = vi
      .fn()
      .mockResolvedValueOnce(json({ ...base, erpOrderNumber: 'ERP-42' }))
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValueOnce(json({ ...base, status: 'Cancelled' }));
    vi.stubGlobal('fetch', fetchMock);

    const done = followOrder('a1', 'o1');
    await vi.advanceTimersByTimeAsync(6000);

    expect((await done)?.status).toBe('Cancelled');
    expect(fetchMock).toHaveBeenCalledTimes(3);
  });

  it('gives up after 10 minutes', async () => {
    const fetchMock = vi.fn(async () => json(base));
    vi.stubGlobal('fetch', fetchMock);

    const done = followOrder('a1', 'o1');
    await vi.advanceTimersByTimeAsync(11 * 60_000);
    const last = await done;

    expect(last?.status).toBe('Submitted');
    expect(fetchMock).toHaveBeenCalledTimes(300);
  });
});

describe('isFinal', () => {
  it('is true once cancelled, or delivered and paid in full', () => {
    expect(isFinal({ status: 'Cancelled', paymentStatus: 'NotInvoiced' })).toBe(true);
    expect(isFinal({ status: 'Delivered', paymentStatus: 'Paid' })).toBe(true);
  });

  it('is false while anything may still happen on any axis', () => {
    expect(isFinal({ status: 'PendingApproval', paymentStatus: 'NotInvoiced' })).toBe(false);
    expect(isFinal({ status: 'Confirmed', paymentStatus: 'NotInvoiced' })).toBe(false);
    expect(isFinal({ status: 'Shipped', paymentStatus: 'Paid' })).toBe(false);
    expect(isFinal({ status: 'Delivered', paymentStatus: 'NotInvoiced' })).toBe(false);
    expect(isFinal({ status: 'Delivered', paymentStatus: 'Overdue' })).toBe(false);
  });
});

describe('order list URLs', () => {
  it('leave out empty text and the first page', () => {
    expect(orderListQuery({})).toBe('');
    expect(orderListQuery({ q: '  ', page: 1 })).toBe('');
    expect(orderListQuery({ q: ' PO 7/1 ', page: 3 })).toBe('?q=PO+7%2F1&page=3');
    expect(orderListQuery({ page: 0 })).toBe('');
  });

  it('are read back as they were written', () => {
    expect(orderListCriteriaFrom(new URLSearchParams(orderListQuery({ q: 'PO 7/1', page: 3 })))).toEqual({ q: 'PO 7/1', page: 3 });
    expect(orderListCriteriaFrom(new URLSearchParams('?page=x'))).toEqual({ q: '', page: 1 });
  });
});

describe('order calls', () => {
  const header = { purchaseOrderNumber: 'PO-1', shipToAddressId: 's1', requestedDeliveryDate: null, vatId: null };

  it('list with the search and page', async () => {
    const { calls } = stubFetch({ items: [], page: 2, pageSize: 20, hasMore: false });

    await listOrders('a1', { q: 'PO-1', page: 2 });

    expect(calls()[0].url).toBe('/api/v1/accounts/a1/orders?q=PO-1&page=2');
  });

  it('preview an order with every check, not as a draft', async () => {
    const { calls } = stubFetch({
      lines: [],
      totals: { currency: null, netAmount: 0, lineCount: 0 },
      findings: [],
      credit: null,
      canSubmit: true,
      approvalSteps: [],
    });
    const request: PlaceOrderRequest = { ...header, lines: [{ sku: 'PMP-1001', quantity: 10, note: null, warehouse: 'HAM' }] };

    await previewOrder('a1', request);

    expect(calls()[0]).toMatchObject({ method: 'POST', url: '/api/v1/accounts/a1/orders/preview?draft=false', body: request });
  });

  it('check out the cart version reviewed, under the idempotency key given', async () => {
    const { calls } = stubFetch(base);

    await checkout('a1', { ...header, cartVersion: 7 }, 'key-1');

    expect(calls()[0]).toMatchObject({
      method: 'POST',
      url: '/api/v1/accounts/a1/orders/checkout',
      body: { ...header, cartVersion: 7 },
      headers: { 'Idempotency-Key': 'key-1', 'X-CSRF': '1' },
    });
  });
});

describe('cancelOrder', () => {
  it('posts the reason, or null when none was given', async () => {
    const { calls } = stubFetch({ ...base, status: 'Cancelled' });

    await cancelOrder('a 1', 'o1', 'Ordered twice');
    await cancelOrder('a 1', 'o1', null);

    expect(calls()[0]).toMatchObject({ method: 'POST', url: '/api/v1/accounts/a%201/orders/o1/cancellation', body: { reason: 'Ordered twice' } });
    expect(calls()[1].body).toEqual({ reason: null });
  });
});

describe('awaitsErp', () => {
  it('is true while a submitted order has no ERP number', () => {
    expect(awaitsErp({ status: 'Submitted', erpOrderNumber: null })).toBe(true);
    expect(awaitsErp({ status: 'Submitted', erpOrderNumber: 'ERP-1' })).toBe(false);
    expect(awaitsErp({ status: 'Submitted', erpOrderNumber: 'ERP-1' })).toBe(false);
    expect(awaitsErp({ status: 'Cancelled', erpOrderNumber: null })).toBe(false);
  });
});
