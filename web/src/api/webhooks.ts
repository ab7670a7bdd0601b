import { apiFetch } from './client';

export const webhookEventTypes = [
  ['order.placed', 'Order placed'],
  ['order.acknowledged', 'Order in the ERP (its number)'],
  ['order.validation.changed', 'Approved, rejected or expired'],
  ['order.process.changed', 'Confirmed, allocated, cancelled'],
  ['order.shipment', 'Shipped or delivered'],
  ['order.invoice', 'Invoiced, paid or overdue'],
  ['order.updated', 'Backorders and other news'],
  ['quote.submitted', 'Quote requested'],
  ['quote.sent', 'Quote sent (a new revision)'],
  ['quote.accepted', 'Quote accepted'],
  ['quote.declined', 'Quote declined'],
  ['quote.renegotiation-requested', 'Renegotiation asked'],
  ['quote.expired', 'Quote expired'],
  ['quote.withdrawn', 'Quote withdrawn'],
  ['quote.ordered', 'Quote ordered'],
  ['quote.updated', 'Quote in review or closed'],
] as const;

export interface WebhookEndpoint {
  id: string;
  accountId: string;
  url: string;
  description: string | null;
  eventTypes: string[];
  status: 'Active' | 'Paused' | 'Disabled' | (string & {});
  disabledReason: string | null;
  createdAt: string;
  createdBy: string;
  failingSince: string | null;
  secrets: { id: string; createdAt: string; expiresAt: string | null }[];
}

export interface WebhookSecret {
  endpointId: string;
  secret: string;
  previousExpiresAt: string | null;
  endpoint: WebhookEndpoint;
}

export interface WebhookDelivery {
  id: string;
  messageId: string;
  eventType: string;
  status: 'Pending' | 'Succeeded' | 'Failed' | (string & {});
  attempts: number;
  createdAt: string;
  nextAttemptAt: string | null;
  deliveredAt: string | null;
  log: { at: string; statusCode: number | null; latencyMs: number; response: string | null; error: string | null }[];
}

const hooksPath = (accountId: string) => `/api/v1/accounts/${encodeURIComponent(accountId)}/webhooks`;
const endpointPath = (accountId: string, endpointId: string) => `${hooksPath(accountId)}/${encodeURIComponent(endpointId)}`;

export const listWebhooks = (accountId: string, signal?: AbortSignal) => apiFetch<WebhookEndpoint[]>(hooksPath(accountId), { signal });

export const createWebhook = (accountId: string, url: string, eventTypes: string[], description: string | null) =>
  apiFetch<WebhookSecret>(hooksPath(accountId), { method: 'POST', body: { url, eventTypes, description } });

export const setWebhookStatus = (accountId: string, endpointId: string, status: 'Active' | 'Paused') =>
  apiFetch<WebhookEndpoint>(endpointPath(accountId, endpointId), { method: 'PATCH', body: { status } });

export const deleteWebhook = (accountId: string, endpointId: string) => apiFetch<void>(endpointPath(accountId, endpointId), { method: 'DELETE' });

export const rotateWebhookSecret = (accountId: string, endpointId: string) =>
  apiFetch<WebhookSecret>(`${endpointPath(accountId, endpointId)}/secret`, { method: 'POST' });

export const sendWebhookTest = (accountId: string, endpointId: string) =>
  apiFetch<WebhookDelivery>(`${endpointPath(accountId, endpointId)}/test`, { method: 'POST' });

export const listWebhookDeliveries = (accountId: string, endpointId: string, signal?: AbortSignal) =>
  apiFetch<WebhookDelivery[]>(`${endpointPath(accountId, endpointId)}/deliveries`, { signal });

export const redeliverWebhook = (accountId: string, endpointId: string, deliveryId: string) =>
  apiFetch<WebhookDelivery>(`${endpointPath(accountId, endpointId)}/deliveries/${encodeURIComponent(deliveryId)}/redelivery`, { method: 'POST' });

/** "204 in 12 ms", "unreachable: connection refused". */
export function attemptText(attempt: WebhookDelivery['log'][number]): string {
  return attempt.statusCode === null ? `unreachable: ${attempt.error ?? 'no answer'}` : `${attempt.statusCode} in ${attempt.latencyMs} ms`;
}
