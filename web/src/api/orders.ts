import type { ShipToAddress } from './accounts';
import type { Price, ProductSummary } from './catalog';
import { apiFetch } from './client';
import type { OrderFinding } from './findings';

// ---- Types (OrderContracts.cs, camelCase JSON) ----

/** The process axis; `validationStatus` and `paymentStatus` are the other two (docs/ordering.md, "The order's life"). */
export type OrderStatus =
  | 'Draft'
  | 'PendingApproval'
  | 'Submitted'
  | 'Confirmed'
  | 'Allocated'
  | 'PartiallyShipped'
  | 'Shipped'
  | 'Delivered'
  | 'Cancelled'
  | (string & {});

/** Part of a line shipped from one warehouse, with the earliest date it can arrive. */
export interface Allocation {
  warehouse: string;
  warehouseName: string;
  quantity: number;
  /** yyyy-mm-dd */
  earliestDelivery: string;
  backorder: boolean;
}

/** The price a line was ordered at, kept with the order whatever prices do later. */
export interface OrderPriceSnapshot {
  currency: string;
  unitPrice: number;
  lineAmount: number;
  source: 'contract' | 'list' | (string & {});
  contractId: string | null;
  contractName: string | null;
  tierMinQuantity: number | null;
  explanation: string;
}

export interface OrderLine {
  lineNumber: number;
  sku: string;
  name: string;
  quantity: number;
  unit: string;
  note: string | null;
  requestedWarehouse: string | null;
  price: OrderPriceSnapshot;
  allocations: Allocation[];
}

/** Who placed an order: a user, or a partner system. */
export interface OrderActor {
  subject: string;
  name: string;
  isPartner: boolean;
}

export interface Order {
  id: string;
  number: string;
  accountId: string;
  purchaseOrderNumber: string | null;
  status: OrderStatus;
  erpOrderNumber: string | null;
  submittedAt: string;
  acknowledgedAt: string | null;
  lines: OrderLine[];
  placedBy: OrderActor;
  source: 'api' | 'cart' | (string & {});
  /** yyyy-mm-dd; null is as soon as possible. */
  requestedDeliveryDate: string | null;
  shipTo: ShipToAddress | null;
  vatId: string | null;
  currency: string;
  netAmount: number;
  rejectionReason: string | null;
  cancellationReason?: string | null;
  validationStatus?: string;
  paymentStatus?: string;
}

export interface OrderSummary {
  id: string;
  number: string;
  purchaseOrderNumber: string | null;
  status: OrderStatus;
  erpOrderNumber: string | null;
  submittedAt: string;
  currency: string;
  netAmount: number;
  lineCount: number;
  placedBy: string;
}

/** A page of the account's orders, newest first. Pages start at 1. */
export interface OrderList {
  items: OrderSummary[];
  page: number;
  pageSize: number;
  hasMore: boolean;
}

/** `warehouse` is HAM, LYS, POZ, or null for best available. */
export interface OrderLineRequest {
  sku: string;
  quantity: number;
  note: string | null;
  warehouse: string | null;
}

/** The order header a checkout is made with; null is "not given". */
export interface OrderHeader {
  purchaseOrderNumber: string | null;
  shipToAddressId: string | null;
  /** yyyy-mm-dd; null is as soon as possible. */
  requestedDeliveryDate: string | null;
  vatId: string | null;
}

export interface PlaceOrderRequest extends OrderHeader {
  lines: OrderLineRequest[];
}

/** The caller's cart becomes an order; `cartVersion` is the version the buyer reviewed (409 when it changed since). */
export interface CheckoutRequest extends OrderHeader {
  cartVersion: number | null;
}

export interface OrderTotals {
  currency: string | null;
  netAmount: number;
  lineCount: number;
}

/** A line as the checks see it: the product (null when unknown or not in the assortment), its price, where it ships from. */
export interface PreviewLine {
  lineNumber: number;
  sku: string;
  quantity: number;
  note: string | null;
  warehouse: string | null;
  product: ProductSummary | null;
  price: Price | null;
  allocations: Allocation[];
}

/** The company's credit; `available` is null when the ERP sets no limit. */
export interface CreditStatus {
  companyId: string;
  currency: string;
  creditLimit: number | null;
  openReceivables: number;
  notYetInvoiced: number;
  available: number | null;
  onHold: boolean;
  holdReason: string | null;
  creditContact: string | null;
  asOf: string;
}

/** Every finding of the checks at once, the priced lines, totals and credit; `canSubmit` when no finding is an error. */
export interface OrderPreview {
  lines: PreviewLine[];
  totals: OrderTotals;
  findings: OrderFinding[];
  credit: CreditStatus | null;
  canSubmit: boolean;
}

// ---- Calls ----

const ordersPath = (accountId: string) => `/api/v1/accounts/${encodeURIComponent(accountId)}/orders`;

export interface OrderListCriteria {
  /** Order number or purchase-order reference. */
  q: string;
  /** Starts at 1. */
  page: number;
}

/** `?q=&page=`, leaving out empty text and page 1. */
export function orderListQuery(criteria: Partial<OrderListCriteria>): string {
  const params = new URLSearchParams();
  const q = criteria.q?.trim();
  const page = Math.max(1, Math.trunc(criteria.page ?? 1) || 1);
  if (q) params.set('q', q);
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The criteria an orders URL's query stands for. */
export function orderListCriteriaFrom(params: URLSearchParams): OrderListCriteria {
  const page = Math.trunc(Number(params.get('page') ?? '1'));
  return { q: params.get('q')?.trim() ?? '', page: Number.isFinite(page) && page >= 1 ? page : 1 };
}

export const listOrders = (accountId: string, criteria: Partial<OrderListCriteria>, signal?: AbortSignal) =>
  apiFetch<OrderList>(`${ordersPath(accountId)}${orderListQuery(criteria)}`, { signal });

export const getOrder = (accountId: string, orderId: string, signal?: AbortSignal) =>
  apiFetch<Order>(`${ordersPath(accountId)}/${encodeURIComponent(orderId)}`, { signal });

/** Runs every check of an order without placing it (not as a draft: errors are errors). */
export const previewOrder = (accountId: string, request: PlaceOrderRequest, signal?: AbortSignal) =>
  apiFetch<OrderPreview>(`${ordersPath(accountId)}/preview?draft=false`, { method: 'POST', body: request, signal });

/**
 * Turns the caller's cart into an order. The caller owns the idempotency key: send the same key when retrying the same
 * checkout after a network error, so it is placed once. A refusal by the checks is a 422 whose `findings` say why.
 */
export const checkout = (accountId: string, request: CheckoutRequest, idempotencyKey: string) =>
  apiFetch<Order>(`${ordersPath(accountId)}/checkout`, {
    method: 'POST',
    body: request,
    headers: { 'Idempotency-Key': idempotencyKey },
  });

/** An order the ERP has not acknowledged yet: its ERP number is still to come. */
export const awaitsErp = (order: Pick<OrderSummary, 'status' | 'erpOrderNumber'>) =>
  order.status === 'Submitted' && !order.erpOrderNumber;

/** True once the ERP has answered (acknowledged with a number), or the order was cancelled. */
export function isSettled(order: Pick<Order, 'erpOrderNumber' | 'status'>): boolean {
  return Boolean(order.erpOrderNumber) || order.status === 'Cancelled';
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
