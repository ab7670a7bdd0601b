import { afterEach, describe, expect, it, vi } from 'vitest';
import { stubFetch } from './fetchStub';
import { attemptText, createWebhook, redeliverWebhook, rotateWebhookSecret, setWebhookStatus } from './webhooks';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('webhook calls', () => {
  it('register, pause, rotate and redeliver on the account', async () => {
    const { calls } = stubFetch({});

    await createWebhook('a 1', 'https://erp.example/hooks', ['order.placed'], null);
    await setWebhookStatus('a 1', 'e1', 'Paused');
    await rotateWebhookSecret('a 1', 'e1');
    await redeliverWebhook('a 1', 'e1', 'd/1');

    expect(calls().map((c) => [c.method, c.url, c.body])).toEqual([
      ['POST', '/api/v1/accounts/a%201/webhooks', { url: 'https://erp.example/hooks', eventTypes: ['order.placed'], description: null }],
      ['PATCH', '/api/v1/accounts/a%201/webhooks/e1', { status: 'Paused' }],
      ['POST', '/api/v1/accounts/a%201/webhooks/e1/secret', undefined],
      ['POST', '/api/v1/accounts/a%201/webhooks/e1/deliveries/d%2F1/redelivery', undefined],
    ]);
  });

  it('describe an attempt by its answer, or why there was none', () => {
    expect(attemptText({ at: 't', statusCode: 204, latencyMs: 12, response: null, error: null })).toBe('204 in 12 ms');
    expect(attemptText({ at: 't', statusCode: null, latencyMs: 3, response: null, error: 'Connection refused' })).toBe('unreachable: Connection refused');
  });
});
