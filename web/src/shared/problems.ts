import { ApiError } from '../api/client';

/** A failure as the buyer reads it: a title, and what happened or what to do in plain words. */
export interface Banner {
  title: string;
  detail?: string;
  errors?: Record<string, string[]>;
}

/** Said when a failure came without the server's own words (a proxy's error page, say), so no bare status code shows. */
export function plainDetail(status: number): string {
  if (status === 0) return 'The portal could not be reached. Check your connection and try again.';
  if (status === 401) return 'Your session has ended. Sign in again to go on.';
  if (status === 403) return 'You are not allowed to do this for this account.';
  if (status === 404) return 'It could not be found; it may have been removed.';
  if (status === 409) return 'Something changed in the meantime. Reload the page and try again.';
  if (status === 429) return 'Too many requests just now. Wait a moment and try again.';
  if (status >= 500) return 'The portal had a problem on its side. Try again in a moment.';
  return 'The request could not be completed.';
}

/** What the buyer reads of a failure: the problem's title and detail, or plain words where it has none. */
export function toBanner(err: unknown): Banner {
  if (err instanceof ApiError) {
    if (err.status === 0) return { title: 'The portal could not be reached', detail: err.detail ?? plainDetail(0) };
    return { title: err.title, detail: err.detail ?? (err.errors ? undefined : plainDetail(err.status)), errors: err.errors };
  }
  return { title: 'Something went wrong', detail: err instanceof Error ? err.message : String(err) };
}

/** The one sentence to show of a failure: the problem's detail, else its first validation message, else plain words. */
export function problemText(err: unknown): string {
  const banner = toBanner(err);
  return banner.detail ?? Object.values(banner.errors ?? {})[0]?.[0] ?? banner.title;
}
