import { afterEach, describe, expect, it, vi } from 'vitest';
import { approveOrder, getApprovalInbox, getApprovalReview, rejectOrder, reviewOf, type ApprovalReview } from './approvals';
import { ApiError } from './client';
import { stubFetch } from './fetchStub';

afterEach(() => {
  vi.unstubAllGlobals();
});

const review = {
  order: { id: 'o1', number: 'ORD-1' },
  lines: [],
  orderedTotal: 100,
  currentTotal: 110,
  changes: ['SEA-4001 costs 11.00 now, not 10.00.'],
} as unknown as ApprovalReview;

const problem = (status: number, body: object) =>
  new Response(JSON.stringify({ status, ...body }), { status, headers: { 'Content-Type': 'application/problem+json' } });

describe('approval calls', () => {
  it('read the inbox and the review of the account', async () => {
    const { calls } = stubFetch({ items: [] });

    await getApprovalInbox('a 1');
    await getApprovalReview('a 1', 'o/1');

    expect(calls().map((c) => [c.method, c.url])).toEqual([
      ['GET', '/api/v1/accounts/a%201/approvals'],
      ['GET', '/api/v1/accounts/a%201/orders/o%2F1/approval'],
    ]);
  });

  it('approve at the total shown', async () => {
    const { calls } = stubFetch({ id: 'o1' });

    await approveOrder('a1', 'o1', 110);
    await approveOrder('a1', 'o1', 110, 'OK for the line stop');

    expect(calls()[0]).toMatchObject({ method: 'POST', url: '/api/v1/accounts/a1/orders/o1/approve', body: { expectedTotal: 110, comment: null } });
    expect(calls()[1].body).toEqual({ expectedTotal: 110, comment: 'OK for the line stop' });
  });

  it('reject with the reason', async () => {
    const { calls } = stubFetch({ id: 'o1' });

    await rejectOrder('a1', 'o1', 'Order the cheaper seal kit.');

    expect(calls()[0]).toMatchObject({ method: 'POST', url: '/api/v1/accounts/a1/orders/o1/reject', body: { reason: 'Order the cheaper seal kit.' } });
  });
});

describe('reviewOf', () => {
  it('reads the fresh review of an approval refused because the order changed', async () => {
    const changed = { title: 'The order changed since you looked.', detail: 'It comes to 110.00 EUR now.', review };
    vi.stubGlobal('fetch', vi.fn(async () => problem(409, changed)));

    const err = await approveOrder('a1', 'o1', 100).catch((e: unknown) => e);

    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).status).toBe(409);
    expect(reviewOf(err)?.currentTotal).toBe(110);
    expect(reviewOf(err)?.changes).toEqual(['SEA-4001 costs 11.00 now, not 10.00.']);
  });

  it('is null for a problem without one, or with something else in its place', () => {
    expect(reviewOf(new ApiError(409, 'The order waits for no decision.'))).toBeNull();
    expect(reviewOf(new ApiError(409, 'Conflict', undefined, { review: 'stale' }))).toBeNull();
    expect(reviewOf(new ApiError(409, 'Conflict', undefined, { review: { order: {} } }))).toBeNull();
    expect(reviewOf(new Error('boom'))).toBeNull();
  });
});
