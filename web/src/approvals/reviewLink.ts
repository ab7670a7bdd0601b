/** Navigation state of a review opened from an inbox: the inbox to go back to (the review's account may be a unit below it). */
export interface ReviewLinkState {
  inboxAccountId: string;
}

/** The account of the inbox a review was opened from, or null when it was opened otherwise (a link, a reload). */
export function inboxAccountOf(state: unknown): string | null {
  if (!state || typeof state !== 'object') return null;
  const { inboxAccountId } = state as Partial<Record<keyof ReviewLinkState, unknown>>;
  return typeof inboxAccountId === 'string' && inboxAccountId !== '' ? inboxAccountId : null;
}
