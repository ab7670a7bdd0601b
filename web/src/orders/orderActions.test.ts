import { describe, expect, it } from 'vitest';
import { canCancel, cancelAsksErp, cancelOutcomeOf } from './orderActions';

const allStates = ['Draft', 'PendingApproval', 'Submitted', 'Confirmed', 'Allocated', 'PartiallyShipped', 'Shipped', 'Delivered', 'Cancelled'];

describe('canCancel', () => {
  it('offers "Cancel" until the order ships', () => {
    const offered = allStates.filter((status) => canCancel({ status, cancellationRequestedAt: null }));
    expect(offered).toEqual(['PendingApproval', 'Submitted', 'Confirmed', 'Allocated']);
  });

  it('does not offer it again while a request waits for the ERP', () => {
    expect(canCancel({ status: 'Confirmed', cancellationRequestedAt: '2024-03-07T10:00:00Z' })).toBe(false);
  });
});

describe('cancelAsksErp', () => {
  it('asks the ERP once it has confirmed the order, and cancels at once before', () => {
    expect(allStates.filter((status) => cancelAsksErp({ status }))).toEqual(['Confirmed', 'Allocated']);
  });
});

describe('cancelOutcomeOf', () => {
  it('reads the answer: cancelled at once, asked of the ERP, or neither', () => {
    expect(cancelOutcomeOf({ status: 'Cancelled', cancellationRequestedAt: null })).toBe('cancelled');
    expect(cancelOutcomeOf({ status: 'Confirmed', cancellationRequestedAt: '2024-03-07T10:00:00Z' })).toBe('requested');
    expect(cancelOutcomeOf({ status: 'Shipped', cancellationRequestedAt: null })).toBe('unchanged');
  });
});
