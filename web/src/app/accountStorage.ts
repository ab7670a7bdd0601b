/** The account used last in this browser, so the next visit opens it again. Storage may be unavailable (private mode). */
const accountKey = 'b2bportal.account';

export function readLastAccount(): string | null {
  try {
    return localStorage.getItem(accountKey);
  } catch {
    return null;
  }
}

export function rememberAccount(accountId: string): void {
  try {
    localStorage.setItem(accountKey, accountId);
  } catch {
    // Not remembered: the next visit opens the first account.
  }
}
