import type { Order } from '../api/orders';

/** Process states from which a buyer may cancel: before the ERP confirmed it outright, after that by asking the ERP. */
const cancellableStates: readonly string[] = ['PendingApproval', 'Submitted', 'Confirmed', 'Allocated'];

/** States in which the ERP has the order confirmed: a cancellation is a request it answers later. */
const erpDecidesStates: readonly string[] = ['Confirmed', 'Allocated'];

/** Whether the order page offers "Cancel": not once it has shipped, nor while an earlier request waits for the ERP. */
export function canCancel(order: Pick<Order, 'status' | 'cancellationRequestedAt'>): boolean {
  return cancellableStates.includes(order.status) && !order.cancellationRequestedAt;
}

/** Whether cancelling asks the ERP (which may still refuse) rather than cancelling at once. */
export const cancelAsksErp = (order: Pick<Order, 'status'>) => erpDecidesStates.includes(order.status);

export type CancelOutcome = 'cancelled' | 'requested' | 'unchanged';

/** What a cancellation's answer says: cancelled at once (200), asked of the ERP (202, the request time set), or neither. */
export function cancelOutcomeOf(order: Pick<Order, 'status' | 'cancellationRequestedAt'>): CancelOutcome {
  if (order.status === 'Cancelled') return 'cancelled';
  return order.cancellationRequestedAt ? 'requested' : 'unchanged';
}
