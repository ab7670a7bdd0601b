import { vi } from 'vitest';

/** A fetch that answers each call with the next of `bodies` as JSON (status 200), recording every call. */
export function stubFetch(...bodies: unknown[]) {
  const queue = [...bodies];
  const fetchMock = vi.fn(
    async (_input: RequestInfo | URL, _init?: RequestInit) =>
      new Response(JSON.stringify(queue.length > 1 ? queue.shift() : queue[0] ?? {}), {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      }),
  );
  vi.stubGlobal('fetch', fetchMock);
  return {
    fetchMock,
    /** Each call as method, URL and parsed JSON body. */
    calls: () =>
      fetchMock.mock.calls.map(([url, init]) => ({
        method: init?.method ?? 'GET',
        url: String(url),
        body: typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : init?.body,
        headers: (init?.headers ?? {}) as Record<string, string>,
      })),
  };
}
