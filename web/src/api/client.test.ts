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

  it('sends a raw body with its own content type', async () => {
    const fetchMock = mockFetch(new Response(JSON.stringify({ id: 'imp-1' }), { status: 200, headers: { 'Content-Type': 'application/json' } }));
    const file = new Blob(['sku,quantity\nPMP-1001,10\n'], { type: 'text/csv' });

    await apiFetch('/api/v1/accounts/a1/cart/imports/csv', { method: 'POST', rawBody: { content: file, contentType: 'text/csv' } });

    const [, init] = fetchMock.mock.calls[0];
    expect(init?.body).toBe(file);
    expect(init?.headers).toMatchObject({ 'X-CSRF': '1', 'Content-Type': 'text/csv' });
  });

  it('exposes the findings of a refused order', async () => {
    mockFetch(
      new Response(
        JSON.stringify({
          title: 'The order has problems.',
          status: 422,
          detail: 'Fix the findings and try again.',
          findings: [
            { code: 'pack-size-multiple', layer: 'business', severity: 'error', line: 1, sku: 'PMP-1001', field: 'lines[0].quantity', message: 'Order 30.', suggestedQuantity: 30 },
          ],
        }),
        { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
      ),
    );

    const error = (await apiFetch('/api/v1/accounts/a1/orders/checkout', { method: 'POST', body: {} }).catch((e: unknown) => e)) as ApiError;

    expect(error.status).toBe(422);
    expect(error.detail).toBe('Fix the findings and try again.');
    expect(error.findings).toEqual([
      expect.objectContaining({ code: 'pack-size-multiple', line: 1, severity: 'error', suggestedQuantity: 30 }),
    ]);
  });

  it('has no findings on other problems', async () => {
    mockFetch(new Response(JSON.stringify({ title: 'Conflict', status: 409 }), { status: 409, headers: { 'Content-Type': 'application/problem+json' } }));

    const error = (await apiFetch('/x').catch((e: unknown) => e)) as ApiError;

    expect(error.findings).toBeUndefined();
  });
});
