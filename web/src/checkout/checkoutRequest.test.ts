import { describe, expect, it } from 'vitest';
import type { CartLine } from '../api/cart';
import { ApiError } from '../api/client';
import { attemptFor, checkoutRequestOf, mayHaveBeenPlaced, orderHeaderOf, previewRequestOf, type CheckoutForm } from './checkoutRequest';

const form: CheckoutForm = { purchaseOrderNumber: ' PO-7 ', shipToAddressId: 's1', requestedDeliveryDate: '', vatId: '  ' };
const lines: CartLine[] = [{ sku: 'PMP-1001', quantity: 30, note: 'for line 3', warehouse: 'HAM', addedAt: '2024-03-01T10:00:00Z' }];

describe('checkout requests', () => {
  it('send what is not given as null (no date: as soon as possible)', () => {
    expect(orderHeaderOf(form)).toEqual({ purchaseOrderNumber: 'PO-7', shipToAddressId: 's1', requestedDeliveryDate: null, vatId: null });
  });

  it('preview the cart lines as they are', () => {
    expect(previewRequestOf(form, lines).lines).toEqual([{ sku: 'PMP-1001', quantity: 30, note: 'for line 3', warehouse: 'HAM' }]);
  });

  it('check out with the cart version reviewed', () => {
    expect(checkoutRequestOf({ ...form, requestedDeliveryDate: '2030-03-07' }, { version: 9 })).toEqual({
      purchaseOrderNumber: 'PO-7',
      shipToAddressId: 's1',
      requestedDeliveryDate: '2030-03-07',
      vatId: null,
      cartVersion: 9,
    });
  });
});

describe('checkout attempts', () => {
  const request = checkoutRequestOf(form, { version: 9 });
  let n = 0;
  const newKey = () => `key-${++n}`;

  it('reuse the key when the same checkout is sent again', () => {
    const first = attemptFor(null, request, newKey);
    const retry = attemptFor(first, { ...request }, newKey);
    expect(retry.key).toBe(first.key);
  });

  it('take a new key for a checkout that differs in anything', () => {
    const first = attemptFor(null, request, newKey);
    expect(attemptFor(first, { ...request, cartVersion: 10 }, newKey).key).not.toBe(first.key);
    expect(attemptFor(first, { ...request, purchaseOrderNumber: 'PO-8' }, newKey).key).not.toBe(first.key);
  });

  it('keep the key only when the order may have been placed without an answer saying so', () => {
    expect(mayHaveBeenPlaced(new ApiError(0, 'Network error'))).toBe(true);
    expect(mayHaveBeenPlaced(new ApiError(502, 'Bad Gateway'))).toBe(true);
    expect(mayHaveBeenPlaced(new TypeError('Failed to fetch'))).toBe(true);
    expect(mayHaveBeenPlaced(new ApiError(422, 'The order has problems.'))).toBe(false);
    expect(mayHaveBeenPlaced(new ApiError(409, 'Conflict'))).toBe(false);
  });
});
