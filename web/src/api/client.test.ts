import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, apiFetch } from './client';

function mockFetch(response: Response) {
  const fetchMock = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) => response);
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('apiFetch', () => {
  it('sends X-CSRF, same-origin credentials and a JSON body', async () => {
    const fetchMock = mockFetch(
      new Response(JSON.stringify({ id: '1' }), { status: 201, headers: { 'Content-Type': 'application/json' } }),
    );

    const result = await apiFetch<{ id: string }>('/api/v1/things', {
      method: 'POST',
      body: { a: 1 },
      headers: { 'Idempotency-Key': 'key-1' },
    });

    expect(result).toEqual({ id: '1' });
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('/api/v1/things');
    expect(init?.credentials).toBe('same-origin');
    expect(init?.method).toBe('POST');
    expect(init?.body).toBe('{"a":1}');
    expect(init?.headers).toMatchObject({
      'X-CSRF': '1',
      'Content-Type': 'application/json',
      'Idempotency-Key': 'key-1',
    });
  });

  it('parses RFC 7807 problem details into an ApiError', async () => {
    mockFetch(
      new Response(
        JSON.stringify({
          type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
          title: 'One or more validation errors occurred.',
          status: 400,
          detail: 'The order has no lines.',
          errors: { 'Lines[0].Sku': ['SKU is required.'], Quantity: 'Must be positive.' },
        }),
        { status: 400, headers: { 'Content-Type': 'application/problem+json; charset=utf-8' } },
      ),
    );

    const error = await apiFetch('/api/v1/accounts/x/orders').catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(400);
    expect(apiError.title).toBe('One or more validation errors occurred.');
    expect(apiError.detail).toBe('The order has no lines.');
    expect(apiError.message).toBe('One or more validation errors occurred.: The order has no lines.');
    expect(apiError.errors).toEqual({ 'Lines[0].Sku': ['SKU is required.'], Quantity: ['Must be positive.'] });
  });

  it('falls back to the HTTP status when the body is not problem details', async () => {
    mockFetch(new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway', headers: { 'Content-Type': 'text/html' } }));

    const error = (await apiFetch('/api/v1/accounts').catch((e: unknown) => e)) as ApiError;

    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(502);
    expect(error.title).toBe('Bad Gateway');
    expect(error.detail).toBeUndefined();
  });

  it('reports a network failure as an ApiError with status 0', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('fetch failed'))));

    const error = (await apiFetch('/api/v1/accounts').catch((e: unknown) => e)) as ApiError;

    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(0);
    expect(error.title).toBe('Network error');
  });
});
