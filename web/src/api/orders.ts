import type { ShipToAddress } from './accounts';
import type { ApprovalStepRule } from './approvalPolicy';
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

/** The validation axis: the company's approvals (and the manufacturer's feasibility check where the rules ask for it). */
export type ValidationStatus = 'PendingCheck' | 'Approved' | 'Rejected' | (string & {});

/** The payment axis, as the ERP's invoices and receipts report it. */
export type PaymentStatus = 'NotInvoiced' | 'Invoiced' | 'PartiallyPaid' | 'Paid' | 'Overdue' | (string & {});

export type OrderAxis = 'process' | 'validation' | 'payment' | (string & {});

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
  source: 'contract' | 'list' | 'quote' | (string & {});
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
  shippedQuantity: number;
  /** What waits for stock, and the date the ERP now gives for it (yyyy-mm-dd). */
  backorderedQuantity: number;
  revisedDeliveryDate: string | null;
}

/** Who placed an order: a user, or a partner system. */
export interface OrderActor {
  subject: string;
  name: string;
  isPartner: boolean;
}

export interface ShipmentLine {
  lineNumber: number;
  quantity: number;
}

/** A shipment as the ERP reported it; `deliveredAt` is null until it arrives. */
export interface Shipment {
  number: string;
  carrier: string | null;
  trackingNumber: string | null;
  shippedAt: string;
  deliveredAt: string | null;
  lines: ShipmentLine[];
}

export interface Invoice {
  number: string;
  amount: number;
  currency: string;
  /** yyyy-mm-dd */
  dueDate: string | null;
  issuedAt: string;
  paidAmount: number;
  overdue: boolean;
}

export type HistoryActorKind = 'user' | 'partner' | 'erp' | 'portal' | (string & {});

/** Who or what caused a step: a user (id = their subject), a partner system, the ERP, or the portal's rules and timers. */
export interface OrderHistoryActor {
  kind: HistoryActorKind;
  id: string | null;
  name: string;
}

/**
 * One step in an order's life. `axis`, `from` and `to` are set when a state changed; `kind` is then the new state, else
 * what happened (`placed`, `approval`, `erp-acknowledged`, `shipment`, `cancellation-requested`, …).
 */
export interface OrderHistoryEntry {
  at: string;
  kind: string;
  axis: OrderAxis | null;
  from: string | null;
  to: string | null;
  detail: string;
  actor: OrderHistoryActor;
}

/** One step of an approval chain: the rule that asked for it and, once decided, who decided what. */
export interface ApprovalStep {
  number: number;
  above: number;
  role: string;
  level: string;
  rule: string;
  decision: 'approved' | 'rejected' | (string & {}) | null;
  decidedBy: string | null;
  decidedByName: string | null;
  decidedAt: string | null;
  comment: string | null;
}

export interface OrderApproval {
  steps: ApprovalStep[];
  requestedAt: string;
  expiresAt: string;
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
  source: 'api' | 'cart' | 'quote' | (string & {});
  /** yyyy-mm-dd; null is as soon as possible. */
  requestedDeliveryDate: string | null;
  shipTo: ShipToAddress | null;
  vatId: string | null;
  currency: string;
  netAmount: number;
  rejectionReason: string | null;
  validationStatus: ValidationStatus;
  paymentStatus: PaymentStatus;
  cancellationReason: string | null;
  /** When the buyer asked the ERP to cancel; null again once the ERP answered. */
  cancellationRequestedAt: string | null;
  invoicedAmount: number;
  paidAmount: number;
  shipments: Shipment[];
  invoices: Invoice[];
  /** Oldest first. */
  history: OrderHistoryEntry[];
  /** Null when the rules asked for no approval. */
  approval: OrderApproval | null;
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
  validationStatus: ValidationStatus;
  paymentStatus: PaymentStatus;
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
  /** The approvals the account's rules would ask of this order; empty when none. */
  approvalSteps: ApprovalStepRule[];
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

/**
 * Cancels an order. Before the ERP confirmed it, it is cancelled at once (`status` Cancelled); after that the ERP is asked
 * and answers later (`cancellationRequestedAt` set, the status unchanged). A shipped order cannot be cancelled (409).
 */
export const cancelOrder = (accountId: string, orderId: string, reason: string | null) =>
  apiFetch<Order>(`${ordersPath(accountId)}/${encodeURIComponent(orderId)}/cancellation`, { method: 'POST', body: { reason } });

/** An order the ERP has not acknowledged yet: its ERP number is still to come. */
export const awaitsErp = (order: Pick<OrderSummary, 'status' | 'erpOrderNumber'>) =>
  order.status === 'Submitted' && !order.erpOrderNumber;

/**
 * True once nothing more will happen to the order: it was cancelled (or rejected, which cancels it), or it was delivered
 * and paid in full.
 */
export function isFinal(order: Pick<Order, 'status' | 'paymentStatus'>): boolean {
  return order.status === 'Cancelled' || (order.status === 'Delivered' && order.paymentStatus === 'Paid');
}

export interface FollowOptions {
  intervalMs?: number;
  timeoutMs?: number;
  signal?: AbortSignal;
  onUpdate?: (order: Order) => void;
}

/**
 * Reads an order every `intervalMs` (default 2 s) while it is not final, for at most `timeoutMs` (default 10 min), so a
 * page can follow the ERP carrying it out. Transient fetch errors are retried until the deadline. Resolves with the last
 * order seen (or null if none was fetched).
 */
export async function followOrder(accountId: string, orderId: string, options: FollowOptions = {}): Promise<Order | null> {
  const { intervalMs = 2000, timeoutMs = 10 * 60_000, signal, onUpdate } = options;
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
    if (isFinal(last)) break;
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
