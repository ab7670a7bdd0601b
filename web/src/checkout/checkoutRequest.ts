import type { Cart, CartLine } from '../api/cart';
import { ApiError } from '../api/client';
import type { CheckoutRequest, OrderHeader, PlaceOrderRequest } from '../api/orders';

/** The checkout form as the buyer fills it in: text, with "" for "not given". */
export interface CheckoutForm {
  purchaseOrderNumber: string;
  shipToAddressId: string;
  /** yyyy-mm-dd, or "" for as soon as possible. */
  requestedDeliveryDate: string;
  vatId: string;
}

const given = (value: string) => value.trim() || null;

export function orderHeaderOf(form: CheckoutForm): OrderHeader {
  return {
    purchaseOrderNumber: given(form.purchaseOrderNumber),
    shipToAddressId: given(form.shipToAddressId),
    requestedDeliveryDate: given(form.requestedDeliveryDate),
    vatId: given(form.vatId),
  };
}

/** The order the checks are asked about: the header as filled in, with the cart's lines as they are. */
export function previewRequestOf(form: CheckoutForm, lines: readonly CartLine[]): PlaceOrderRequest {
  return {
    ...orderHeaderOf(form),
    lines: lines.map((line) => ({ sku: line.sku, quantity: line.quantity, note: line.note, warehouse: line.warehouse })),
  };
}

/** The checkout of the cart the buyer reviewed: its version goes along, so a cart changed since is refused. */
export function checkoutRequestOf(form: CheckoutForm, cart: Pick<Cart, 'version'>): CheckoutRequest {
  return { ...orderHeaderOf(form), cartVersion: cart.version };
}

/** One checkout submission and the idempotency key that names it. */
export interface CheckoutAttempt {
  key: string;
  /** The request as sent; the same request again is the same attempt. */
  request: string;
}

/**
 * The attempt a submission belongs to: the previous one when it is the same request sent again (a retry after no answer
 * came), so the server places it once; a new one, with a new key, for anything else.
 */
export function attemptFor(previous: CheckoutAttempt | null, request: CheckoutRequest, newKey: () => string): CheckoutAttempt {
  const sent = JSON.stringify(request);
  return previous && previous.request === sent ? previous : { key: newKey(), request: sent };
}

/**
 * Whether the order may have been placed although the answer says otherwise: no answer came (network), or the server
 * failed on its side. Then the attempt's key is kept, so trying again cannot place it twice.
 */
export function mayHaveBeenPlaced(err: unknown): boolean {
  return !(err instanceof ApiError) || err.status === 0 || err.status >= 500;
}
