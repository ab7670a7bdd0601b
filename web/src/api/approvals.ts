import { ApiError, apiFetch } from './client';
import type { OrderFinding } from './findings';
import type { ApprovalStep, CreditStatus, Order } from './orders';

// ---- Types (ApprovalContracts.cs, camelCase JSON) ----

/** An order waiting for the caller's decision, as the approver's inbox lists it. */
export interface ApprovalInboxItem {
  orderId: string;
  number: string;
  /** The account or unit the order was placed for (this one, or a unit below it). */
  accountId: string;
  accountName: string;
  purchaseOrderNumber: string | null;
  placedBy: string;
  placedAt: string;
  currency: string;
  netAmount: number;
  lineCount: number;
  /** The step waiting for the caller; `stepCount` steps in all. */
  step: ApprovalStep;
  stepCount: number;
  expiresAt: string;
}

/** Oldest first. */
export interface ApprovalInbox {
  items: ApprovalInboxItem[];
}

/** A line as ordered and as it would be priced now; `changed` when its price moved since the order was placed. */
export interface ApprovalLine {
  lineNumber: number;
  sku: string;
  name: string;
  quantity: number;
  unit: string;
  orderedUnitPrice: number;
  orderedAmount: number;
  currentUnitPrice: number | null;
  currentAmount: number | null;
  changed: boolean;
}

/**
 * A waiting order checked again now: what changed since it was placed (`changes`, in sentences), the company's credit with
 * this order in it, the rule that asks, and whether the caller may decide. Approving sends `currentTotal` back.
 */
export interface ApprovalReview {
  order: Order;
  step: ApprovalStep;
  stepCount: number;
  lines: ApprovalLine[];
  orderedTotal: number;
  currentTotal: number;
  changes: string[];
  credit: CreditStatus | null;
  findings: OrderFinding[];
  canDecide: boolean;
  cannotDecideReason: string | null;
}

// ---- Calls ----

const accountPath = (accountId: string) => `/api/v1/accounts/${encodeURIComponent(accountId)}`;
const orderPath = (accountId: string, orderId: string) => `${accountPath(accountId)}/orders/${encodeURIComponent(orderId)}`;

/** Orders of the account and the units below it that wait for the caller's decision (Approver, Validator, PlatformAdmin). */
export const getApprovalInbox = (accountId: string, signal?: AbortSignal) =>
  apiFetch<ApprovalInbox>(`${accountPath(accountId)}/approvals`, { signal });

/** 404 when the order is not visible; 409 when it waits for no decision anymore. */
export const getApprovalReview = (accountId: string, orderId: string, signal?: AbortSignal) =>
  apiFetch<ApprovalReview>(`${orderPath(accountId, orderId)}/approval`, { signal });

/**
 * Approves the order's current step at the total the approver was shown. When the order would cost anything else now, it
 * is a 409 whose `review` is the order checked again (see `reviewOf`); 403 when the caller may not decide; 422 when it
 * cannot be approved as it stands.
 */
export const approveOrder = (accountId: string, orderId: string, expectedTotal: number, comment: string | null = null) =>
  apiFetch<Order>(`${orderPath(accountId, orderId)}/approve`, { method: 'POST', body: { expectedTotal, comment } });

/** Rejects the order; the reason (required, at most `maxDecisionText` characters) goes to the buyer. */
export const rejectOrder = (accountId: string, orderId: string, reason: string) =>
  apiFetch<Order>(`${orderPath(accountId, orderId)}/reject`, { method: 'POST', body: { reason } });

/** The longest reason or comment a decision takes. */
export const maxDecisionText = 500;

/** The fresh review a refused approval carries (409 changed since you looked, 422 cannot be approved), if it has one. */
export function reviewOf(err: unknown): ApprovalReview | null {
  if (!(err instanceof ApiError)) return null;
  const review = err.problem?.review;
  if (!review || typeof review !== 'object') return null;
  const candidate = review as Partial<ApprovalReview>;
  return candidate.order && Array.isArray(candidate.lines) && typeof candidate.currentTotal === 'number' ? (review as ApprovalReview) : null;
}
