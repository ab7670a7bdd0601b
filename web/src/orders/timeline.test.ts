import { describe, expect, it } from 'vitest';
import type { OrderHistoryEntry } from '../api/orders';
import { actorText, entryTitle, timelineByDay } from './timeline';

const entry = (at: string, kind: string, axis: string | null = null, to: string | null = null): OrderHistoryEntry => ({
  at,
  kind,
  axis,
  from: null,
  to,
  detail: kind,
  actor: { kind: 'erp', id: 'SO-1', name: 'ERP' },
});

describe('actorText', () => {
  it('calls the signed-in user "You" and anyone else by name and kind', () => {
    expect(actorText({ kind: 'user', id: 'u1', name: 'Anna Buyer' }, 'u1')).toEqual({ kind: 'you', label: 'You' });
    expect(actorText({ kind: 'user', id: 'u2', name: 'Ben Approver' }, 'u1')).toEqual({ kind: 'user', label: 'Ben Approver' });
    expect(actorText({ kind: 'partner', id: 'c1', name: 'Acme ERP link' }, 'u1')).toEqual({
      kind: 'partner',
      label: 'Acme ERP link (partner system)',
    });
    expect(actorText({ kind: 'erp', id: 'SO-1', name: 'ERP' }, 'u1').kind).toBe('erp');
    expect(actorText({ kind: 'portal', id: null, name: 'B2B Portal' }, null)).toEqual({ kind: 'portal', label: 'The portal' });
  });

  it('never takes a user without an id for the signed-in one', () => {
    expect(actorText({ kind: 'user', id: null, name: 'Someone' }, null).kind).toBe('user');
  });
});

describe('entryTitle', () => {
  it('names the state a change reached, on its axis', () => {
    expect(entryTitle({ kind: 'Confirmed', axis: 'process', to: 'Confirmed' })).toBe('Confirmed');
    expect(entryTitle({ kind: 'PartiallyShipped', axis: 'process', to: 'PartiallyShipped' })).toBe('Partly shipped');
    expect(entryTitle({ kind: 'Approved', axis: 'validation', to: 'Approved' })).toBe('Approved');
    expect(entryTitle({ kind: 'Overdue', axis: 'payment', to: 'Overdue' })).toBe('Payment overdue');
    expect(entryTitle({ kind: 'OnHold', axis: 'process', to: 'OnHold' })).toBe('OnHold');
  });

  it('names what happened when no state changed, and words a kind it does not know', () => {
    expect(entryTitle({ kind: 'erp-acknowledged', axis: null, to: null })).toBe('Accepted by our order system');
    expect(entryTitle({ kind: 'cancellation-refused', axis: null, to: null })).toBe('Cancellation refused');
    expect(entryTitle({ kind: 'delivery-date_revised', axis: null, to: null })).toBe('Delivery date revised');
    expect(entryTitle({ kind: '', axis: null, to: null })).toBe('Update');
  });
});

describe('timelineByDay', () => {
  it('groups the steps by local day, keeping their order', () => {
    const morning = new Date(2024, 2, 7, 9, 0).toISOString();
    const evening = new Date(2024, 2, 7, 18, 30).toISOString();
    const nextDay = new Date(2024, 2, 8, 8, 15).toISOString();
    const history = [entry(morning, 'placed'), entry(evening, 'Confirmed', 'process', 'Confirmed'), entry(nextDay, 'shipment')];

    const days = timelineByDay(history);

    expect(days.map((d) => d.day)).toEqual(['2024-03-07', '2024-03-08']);
    expect(days[0].entries.map((e) => e.kind)).toEqual(['placed', 'Confirmed']);
    expect(days[1].entries.map((e) => e.kind)).toEqual(['shipment']);
  });

  it('keeps a step without a readable time with the one before', () => {
    const days = timelineByDay([entry(new Date(2024, 2, 7, 9).toISOString(), 'placed'), entry('soon', 'odd')]);
    expect(days).toHaveLength(1);
    expect(days[0].entries).toHaveLength(2);
    expect(timelineByDay([])).toEqual([]);
  });
});
