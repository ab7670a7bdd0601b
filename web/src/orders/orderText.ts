import type { ApprovalStep, OrderAxis, OrderPriceSnapshot, OrderStatus } from '../api/orders';
import { formatDateTime, formatQuantity } from '../shared/format';

/** "contract Acme 2024, tier from 50", "list price", "quote": what a line's price was based on. */
export function priceBasis(price: Pick<OrderPriceSnapshot, 'source' | 'contractName' | 'tierMinQuantity'>, locale?: string): string {
  const basis = price.contractName
    ? `contract ${price.contractName}`
    : price.source === 'list'
      ? 'list price'
      : price.source === 'quote'
        ? 'quote'
        : null;
  const tier = price.tierMinQuantity !== null && price.tierMinQuantity > 1 ? `tier from ${formatQuantity(price.tierMinQuantity, locale)}` : null;
  return [basis, tier].filter(Boolean).join(', ');
}

const processHints: Record<string, string> = {
  Draft: 'Not placed yet.',
  PendingApproval: "Waiting for your company's approval.",
  Submitted: 'Sent to our order system; waiting for its confirmation.',
  Confirmed: 'Confirmed by our order system.',
  Allocated: 'Stock is reserved for it.',
  PartiallyShipped: 'Part of it is on its way.',
  Shipped: 'All of it is on its way.',
  Delivered: 'Delivered.',
  Cancelled: 'Cancelled.',
};

const validationHints: Record<string, string> = {
  PendingCheck: 'Not approved yet: it waits for the approvals it needs.',
  Approved: 'Approved: nobody needs to decide anything more.',
  Rejected: 'Rejected: it will not be carried out.',
};

const paymentHints: Record<string, string> = {
  NotInvoiced: 'Not invoiced yet.',
  Invoiced: 'Invoiced; waiting for payment.',
  PartiallyPaid: 'Part of what was invoiced is paid.',
  Paid: 'Paid in full.',
  Overdue: 'An invoice is past its due date.',
};

/** What an order's process status means, for its title attribute and the detail page. */
export const statusHint = (status: OrderStatus) => processHints[status] ?? '';

/** What a state of any of the three axes means; empty for a state the server may add later. */
export function axisHint(axis: OrderAxis, state: string): string {
  const hints = axis === 'process' ? processHints : axis === 'validation' ? validationHints : axis === 'payment' ? paymentHints : {};
  return hints[state] ?? '';
}

/** The axes in the words of the order page. */
export const axisName = (axis: OrderAxis) =>
  axis === 'process' ? 'Order' : axis === 'validation' ? 'Approval' : axis === 'payment' ? 'Payment' : axis;

/** The process status as the order list reads it: an order waiting for approval says so in words. */
export const statusLabel = (status: OrderStatus) => (status === 'PendingApproval' ? 'Waiting for approval' : status);

const paymentLabels: Record<string, string> = {
  NotInvoiced: 'not invoiced',
  Invoiced: 'invoiced',
  PartiallyPaid: 'partly paid',
  Paid: 'paid',
  Overdue: 'payment overdue',
};

/** The payment status in a few words, for the order list's small print. */
export const paymentLabel = (status: string) => paymentLabels[status] ?? status;

/** The class of a status badge (`status-submitted`, …), for any state of any axis the server may add later too. */
export const statusClass = (status: string) => `status status-${status.toLowerCase().replace(/[^a-z0-9-]/g, '')}`;

/** "Approved by Ann Lee, 7 Mar 2024, 14:02", "Rejected by …", "Waiting for a decision": a step of the chain as the order page shows it. */
export function decisionText(step: Pick<ApprovalStep, 'decision' | 'decidedByName' | 'decidedAt'>, locale?: string): string {
  if (!step.decision) return 'Waiting for a decision';
  const verb = step.decision === 'approved' ? 'Approved' : step.decision === 'rejected' ? 'Rejected' : step.decision;
  const by = step.decidedByName ? ` by ${step.decidedByName}` : '';
  const when = step.decidedAt ? `, ${formatDateTime(step.decidedAt, locale)}` : '';
  return `${verb}${by}${when}`;
}
