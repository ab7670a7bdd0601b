/** Navigation state of the order page right after checkout: it greets the buyer with the order's number. */
export interface PlacedOrderState {
  placedOrderNumber: string;
  /** The rules asked for approval: the order waits for it before it goes to the ERP. */
  awaitsApproval: boolean;
}

/** The order just placed, when the page was opened from the checkout; null for any other navigation state. */
export function placedOrderOf(state: unknown): PlacedOrderState | null {
  if (!state || typeof state !== 'object') return null;
  const { placedOrderNumber, awaitsApproval } = state as Partial<Record<keyof PlacedOrderState, unknown>>;
  return typeof placedOrderNumber === 'string' ? { placedOrderNumber, awaitsApproval: awaitsApproval === true } : null;
}
