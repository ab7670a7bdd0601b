import { apiFetch } from './client';

export interface OrderLine {
  sku: string;
  quantity: number;
}

export type OrderStatus = 'Submitted' | 'Acknowledged' | 'Rejected' | (string & {});

export interface Order {
  id: string;
  number: string;
  accountId: string;
  purchaseOrderNumber: string | null;
  status: OrderStatus;
  erpOrderNumber: string | null;
  submittedAt: string;
  acknowledgedAt?: string | null;
  lines: OrderLine[];
}

export interface PlaceOrderRequest {
  purchaseOrderNumber: string;
  lines: OrderLine[];
}

const ordersPath = (accountId: string) => `/api/v1/accounts/${encodeURIComponent(accountId)}/orders`;

export function listOrders(accountId: string, signal?: AbortSignal): Promise<Order[]> {
  return apiFetch<Order[]>(ordersPath(accountId), { signal });
}

export function getOrder(accountId: string, orderId: string, signal?: AbortSignal): Promise<Order> {
  return apiFetch<Order>(`${ordersPath(accountId)}/${encodeURIComponent(orderId)}`, { signal });
}

/** The caller owns the idempotency key: reuse the same key when retrying the same submission. */
export function placeOrder(accountId: string, request: PlaceOrderRequest, idempotencyKey: string): Promise<Order> {
  return apiFetch<Order>(ordersPath(accountId), {
    method: 'POST',
    body: request,
    headers: { 'Idempotency-Key': idempotencyKey },
  });
}

/** True once the ERP has answered (acknowledged with a number, or rejected). */
export function isSettled(order: Order): boolean {
  return Boolean(order.erpOrderNumber) || order.status === 'Rejected';
}

export interface PollOptions {
  intervalMs?: number;
  timeoutMs?: number;
  signal?: AbortSignal;
  onUpdate?: (order: Order) => void;
}

/**
 * Polls an order every `intervalMs` (default 1 s) until the ERP settles it or
 * `timeoutMs` (default 30 s) passes. Transient fetch errors are retried until the deadline.
 * Resolves with the last order seen (or null if none was fetched).
 */
export async function pollOrder(accountId: string, orderId: string, options: PollOptions = {}): Promise<Order | null> {
  const { intervalMs = 1000, timeoutMs = 30_000, signal, onUpdate } = options;
  const deadline = Date.now() + timeoutMs;
  let last: Order | null = null;

  while (Date.now() < deadline) {
    await delay(intervalMs, signal);
    try {
      last = await getOrder(accountId, orderId, signal);
    } catch (err) {
      if (signal?.aborted) throw err;
      continue; // transient error: try again on the next tick
    }
    onUpdate?.(last);
    if (isSettled(last)) break;
  }
  return last;
}

function delay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** A fresh idempotency key; falls back when crypto.randomUUID is unavailable (non-secure origins). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
