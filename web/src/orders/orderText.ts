import type { OrderPriceSnapshot, OrderStatus } from '../api/orders';
import { formatQuantity } from '../shared/format';

/** "contract Acme 2024, tier from 50", "list price": what a line's price was based on. */
export function priceBasis(price: Pick<OrderPriceSnapshot, 'source' | 'contractName' | 'tierMinQuantity'>, locale?: string): string {
  const basis = price.contractName ? `contract ${price.contractName}` : price.source === 'list' ? 'list price' : null;
  const tier = price.tierMinQuantity !== null && price.tierMinQuantity > 1 ? `tier from ${formatQuantity(price.tierMinQuantity, locale)}` : null;
  return [basis, tier].filter(Boolean).join(', ');
}

const statusHints: Record<string, string> = {
  PendingApproval: 'Waiting for your company\'s approval.',
  Submitted: 'Sent to our order system; waiting for its confirmation.',
  Confirmed: 'Confirmed by our order system.',
  Allocated: 'Stock is reserved for it.',
  PartiallyShipped: 'Part of it is on its way.',
  Shipped: 'All of it is on its way.',
  Delivered: 'Delivered.',
  Cancelled: 'Cancelled.',
};

/** What an order's status means, for its title attribute and the detail page. */
export const statusHint = (status: OrderStatus) => statusHints[status] ?? '';

/** The class of a status badge (`status-submitted`, …), for any status the server may add later too. */
export const statusClass = (status: OrderStatus) => `status status-${status.toLowerCase().replace(/[^a-z0-9-]/g, '')}`;
