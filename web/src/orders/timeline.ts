import type { OrderHistoryActor, OrderHistoryEntry } from '../api/orders';
import { isoDate } from '../shared/format';

export type ActorKind = 'you' | 'user' | 'partner' | 'erp' | 'portal';

/** Who caused a step, as the buyer reads it: "You", a colleague by name, a partner system, our order system, the portal. */
export interface ActorText {
  kind: ActorKind;
  label: string;
}

export function actorText(actor: OrderHistoryActor, mySubject: string | null): ActorText {
  switch (actor.kind) {
    case 'erp':
      return { kind: 'erp', label: 'Our order system (ERP)' };
    case 'portal':
      return { kind: 'portal', label: 'The portal' };
    case 'partner':
      return { kind: 'partner', label: `${actor.name} (partner system)` };
    default:
      return mySubject && actor.id === mySubject ? { kind: 'you', label: 'You' } : { kind: 'user', label: actor.name };
  }
}

const stateTitles: Record<string, Record<string, string>> = {
  process: {
    PendingApproval: 'Waiting for approval',
    Submitted: 'Sent to our order system',
    Confirmed: 'Confirmed',
    Allocated: 'Stock reserved',
    PartiallyShipped: 'Partly shipped',
    Shipped: 'Shipped',
    Delivered: 'Delivered',
    Cancelled: 'Cancelled',
  },
  validation: { Approved: 'Approved', Rejected: 'Rejected' },
  payment: { Invoiced: 'Invoiced', PartiallyPaid: 'Partly paid', Paid: 'Paid', Overdue: 'Payment overdue' },
};

const eventTitles: Record<string, string> = {
  placed: 'Placed',
  approval: 'Approval step decided',
  'erp-acknowledged': 'Accepted by our order system',
  'erp-cancelled': 'Cancelled in our order system',
  'erp-change-refused': 'Update not applied',
  'cancellation-requested': 'Cancellation requested',
  'cancellation-refused': 'Cancellation refused',
  backordered: 'Waiting for stock',
  shipment: 'Shipment',
  delivery: 'Shipment delivered',
  invoice: 'Invoice',
  payment: 'Payment received',
  overdue: 'Payment overdue',
};

/** The headline of a step: the state it reached, or what happened; a kind the portal does not know reads as its words. */
export function entryTitle(entry: Pick<OrderHistoryEntry, 'kind' | 'axis' | 'to'>): string {
  if (entry.axis && entry.to) return stateTitles[entry.axis]?.[entry.to] ?? entry.to;
  const known = eventTitles[entry.kind];
  if (known) return known;
  const words = entry.kind.replace(/[-_]+/g, ' ').trim();
  return words ? words[0].toUpperCase() + words.slice(1) : 'Update';
}

export interface TimelineDay {
  /** The local calendar day, yyyy-mm-dd. */
  day: string;
  entries: OrderHistoryEntry[];
}

/** The history by local calendar day, in the order it came (oldest first); entries with no readable time go with the one before. */
export function timelineByDay(history: readonly OrderHistoryEntry[]): TimelineDay[] {
  const days: TimelineDay[] = [];
  for (const entry of history) {
    const time = Date.parse(entry.at);
    const day = Number.isNaN(time) ? (days.at(-1)?.day ?? '') : isoDate(new Date(time));
    const last = days.at(-1);
    if (last && last.day === day) last.entries.push(entry);
    else days.push({ day, entries: [entry] });
  }
  return days;
}
