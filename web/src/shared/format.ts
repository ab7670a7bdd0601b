/** How amounts, quantities and dates read to the buyer, in the buyer's locale unless one is given. */

/** "€1,234.50" (locale-dependent); keeps up to 4 decimals for cheap parts, falls back for unknown currency codes. */
export function formatMoney(amount: number, currency: string, locale?: string): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 4 }).format(amount);
  } catch {
    return `${amount.toFixed(2)} ${currency}`;
  }
}

export function formatQuantity(quantity: number, locale?: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }).format(quantity);
}

/** A quantity typed by the buyer, or null when it is not a number greater than 0. */
export function parseQuantity(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isFinite(value) && value > 0 ? value : null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "3 min ago", "just now", "2 h ago", "5 d ago" for an age in seconds (negative ages, from clock skew, count as now). */
export function formatAge(ageSeconds: number): string {
  const seconds = Math.max(0, ageSeconds);
  if (seconds < 60) return 'just now';
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ago`;
  return `${Math.floor(hours / 24)} d ago`;
}

/**
 * "as of 14:02 (3 min ago)" — local time, with the date ("as of 2024-03-01 14:02 (2 d ago)") when it is not today.
 * Null or unparsable timestamps give null.
 */
export function formatAsOf(asOf: string | null | undefined, now: Date = new Date()): string | null {
  if (!asOf) return null;
  const time = Date.parse(asOf);
  if (Number.isNaN(time)) return null;
  const at = new Date(time);
  const clock = `${pad(at.getHours())}:${pad(at.getMinutes())}`;
  const sameDay = at.getFullYear() === now.getFullYear() && at.getMonth() === now.getMonth() && at.getDate() === now.getDate();
  const when = sameDay ? clock : `${isoDate(at)} ${clock}`;
  return `as of ${when} (${formatAge((now.getTime() - time) / 1000)})`;
}

/** The local calendar date of a moment as "YYYY-MM-DD", the form of the API's dates and of `<input type="date">`. */
export function isoDate(at: Date): string {
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** A "YYYY-MM-DD" date as a local calendar day (never shifted by the time zone), or null when it is not one. */
export function parseIsoDate(value: string | null | undefined): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value ?? '');
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const date = new Date(year, month, day);
  return date.getFullYear() === year && date.getMonth() === month && date.getDate() === day ? date : null;
}

/** "7 Mar 2024" (locale-dependent) for a "YYYY-MM-DD" date; anything else is shown as it came. */
export function formatDate(value: string, locale?: string): string {
  const date = parseIsoDate(value);
  return date ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(date) : value;
}

/** "7 Mar 2024, 14:02" (locale-dependent) for an ISO date-time; anything else is shown as it came. */
export function formatDateTime(value: string, locale?: string): string {
  const time = Date.parse(value);
  return Number.isNaN(time) ? value : new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(time);
}

/** "14:02" (locale-dependent) for an ISO date-time, for a list already grouped by day; anything else is shown as it came. */
export function formatTime(value: string, locale?: string): string {
  const time = Date.parse(value);
  return Number.isNaN(time) ? value : new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(time);
}
