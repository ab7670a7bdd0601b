import { describe, expect, it } from 'vitest';
import { placedOrderOf } from './placedOrder';

describe('placedOrderOf', () => {
  it('reads the order just placed, and whether it waits for approval', () => {
    expect(placedOrderOf({ placedOrderNumber: 'ORD-7', awaitsApproval: true })).toEqual({ placedOrderNumber: 'ORD-7', awaitsApproval: true });
    expect(placedOrderOf({ placedOrderNumber: 'ORD-7' })).toEqual({ placedOrderNumber: 'ORD-7', awaitsApproval: false });
  });

  it('is null for any other navigation state', () => {
    expect(placedOrderOf(null)).toBeNull();
    expect(placedOrderOf('ORD-7')).toBeNull();
    expect(placedOrderOf({ importReport: {} })).toBeNull();
  });
});
