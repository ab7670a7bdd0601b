import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { defaultShipTo, getOrderingProfile, type OrderingProfile } from '../api/accounts';
import { describeRule } from '../api/approvalPolicy';
import { replaceCartLine, setCartLine, type CartLine } from '../api/cart';
import { ApiError, isAbortError } from '../api/client';
import { checkoutFields, isBlocking, placeFindings, type OrderFinding, type Suggestion } from '../api/findings';
import { checkout, newIdempotencyKey } from '../api/orders';
import { useCartCount } from '../app/CartCount';
import { paths } from '../app/paths';
import { useAccount } from '../app/PortalContext';
import { useCartView } from '../cart/useCartView';
import type { PlacedOrderState } from '../orders/placedOrder';
import { ErrorBanner, MissingBanner, problemText, toBanner, type Banner } from '../shared/banners';
import { FindingList } from '../shared/FindingList';
import { isoDate } from '../shared/format';
import { CheckoutLines } from './CheckoutLines';
import { CheckoutSummary } from './CheckoutSummary';
import {
  attemptFor,
  checkoutRequestOf,
  mayHaveBeenPlaced,
  previewRequestOf,
  type CheckoutAttempt,
  type CheckoutForm,
} from './checkoutRequest';
import { OrderHeaderFields } from './OrderHeaderFields';
import { useOrderPreview } from './useOrderPreview';

const emptyForm: CheckoutForm = { purchaseOrderNumber: '', shipToAddressId: '', requestedDeliveryDate: '', vatId: '' };

/** A refused checkout: why, and every finding that stopped it. */
interface Refusal {
  detail: string;
  findings: OrderFinding[];
}

/**
 * Checkout (`…/checkout`): the order header, checked live against the cart as the buyer fills it in, and placing the
 * order from the cart as reviewed (its version goes along; a cart changed since is refused with 409).
 */
export function CheckoutPage() {
  const { accountId } = useAccount();
  const navigate = useNavigate();
  const cartCount = useCartCount();
  const { view, error: cartError, checking: cartChecking, refresh: refreshCart, changed } = useCartView(accountId);
  const [profile, setProfile] = useState<OrderingProfile | null>(null);
  const [profileError, setProfileError] = useState<Banner | null>(null);
  const [form, setForm] = useState<CheckoutForm>(emptyForm);
  const [submitting, setSubmitting] = useState(false);
  const [fixing, setFixing] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const [failure, setFailure] = useState<Banner | null>(null);
  const attempt = useRef<CheckoutAttempt | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    getOrderingProfile(accountId, controller.signal)
      .then((next) => {
        setProfile(next);
        setForm((current) =>
          current.shipToAddressId ? current : { ...current, shipToAddressId: defaultShipTo(next.shipToAddresses)?.id ?? '' },
        );
      })
      .catch((err: unknown) => {
        if (!isAbortError(err)) setProfileError(toBanner(err));
      });
    return () => controller.abort();
  }, [accountId]);

  const lines = view?.cart.lines;
  const request = useMemo(() => (lines && lines.length > 0 ? previewRequestOf(form, lines) : null), [form, lines]);
  const { preview, problem: previewProblem, checking } = useOrderPreview(accountId, request);

  const placed = useMemo(
    () => placeFindings(preview?.findings ?? [], preview?.lines.map((l) => l.lineNumber) ?? [], checkoutFields),
    [preview],
  );
  const checkoutLines = (lines ?? []).map((line, index) => {
    const check = preview?.lines.find((l) => l.lineNumber === index + 1 && l.sku === line.sku) ?? null;
    return { line, check, findings: check ? (placed.byLine.get(check.lineNumber) ?? []) : [] };
  });
  const blocking = preview?.findings.filter(isBlocking).length ?? 0;

  function update(patch: Partial<CheckoutForm>) {
    setForm((current) => ({ ...current, ...patch }));
    setRefusal(null);
    setFailure(null);
  }

  async function applyToLine(line: CartLine, suggestion: Suggestion) {
    if (!view || suggestion.kind === 'date') return;
    setFixing(true);
    try {
      changed(
        suggestion.kind === 'quantity'
          ? await setCartLine(accountId, line.sku, { quantity: suggestion.quantity, note: line.note, warehouse: line.warehouse })
          : await replaceCartLine(accountId, line, suggestion.sku, view.cart),
      );
    } catch (err) {
      setFailure(toBanner(err));
    } finally {
      setFixing(false);
    }
  }

  async function placeOrder() {
    if (!view || submitting) return;
    const checkoutRequest = checkoutRequestOf(form, view.cart);
    const current = attemptFor(attempt.current, checkoutRequest, newIdempotencyKey);
    attempt.current = current;
    setSubmitting(true);
    setRefusal(null);
    setConflict(null);
    setFailure(null);
    try {
      const order = await checkout(accountId, checkoutRequest, current.key);
      attempt.current = null;
      cartCount.refresh();
      const state: PlacedOrderState = { placedOrderNumber: order.number, awaitsApproval: order.status === 'PendingApproval' };
      navigate(paths.order(accountId, order.id), { state });
    } catch (err) {
      if (!mayHaveBeenPlaced(err)) attempt.current = null;
      if (err instanceof ApiError && err.status === 422) {
        setRefusal({ detail: err.detail ?? 'The order was not placed. Fix what is listed below and try again.', findings: err.findings ?? [] });
      } else if (err instanceof ApiError && err.status === 409) {
        setConflict(err.detail ?? 'Your cart changed since you reviewed it.');
      } else if (mayHaveBeenPlaced(err)) {
        setFailure({
          title: 'Your order may not have been placed',
          detail: `${problemText(err)} Press “Place order” again: it is sent as the same order, so it cannot be placed twice.`,
        });
      } else {
        setFailure(toBanner(err));
      }
      window.scrollTo({ top: 0 });
    } finally {
      setSubmitting(false);
    }
  }

  function reviewAgain() {
    setConflict(null);
    refreshCart();
  }

  const totals = preview?.totals ?? view?.checks?.totals ?? null;
  const credit = preview?.credit ?? view?.checks?.credit ?? null;
  const empty = view !== null && view.cart.lines.length === 0;
  const approvalRules = (preview?.approvalSteps ?? []).map((step) => describeRule(step, totals?.currency));

  return (
    <div className="checkout-page">
      <div className="page-head">
        <h1>Checkout</h1>
        <Link to={paths.cart(accountId)}>Back to cart</Link>
      </div>

      {cartError && <ErrorBanner error={cartError} onRetry={refreshCart} />}
      {profileError && <ErrorBanner error={profileError} testId="profile-error" />}
      {failure && <ErrorBanner error={failure} testId="checkout-error" onDismiss={() => setFailure(null)} />}
      {conflict && (
        <div className="banner banner-warning" role="alert" data-testid="checkout-conflict">
          <div>
            <strong>Your cart changed</strong>
            <p>{conflict}</p>
          </div>
          <button type="button" data-testid="checkout-reload" onClick={reviewAgain}>
            Review the cart again
          </button>
        </div>
      )}
      {refusal && (
        <div className="banner banner-error" role="alert" data-testid="checkout-refused">
          <div>
            <strong>Your order was not placed</strong>
            <p>{refusal.detail}</p>
            <FindingList findings={refusal.findings} testId="checkout-finding" />
          </div>
        </div>
      )}

      {!view && !cartError && <p className="muted">Loading your cart…</p>}
      {empty && (
        <div className="panel" data-testid="checkout-empty">
          <p>Your cart is empty, so there is nothing to check out.</p>
          <Link to={paths.catalog(accountId)}>Go to the catalog</Link>
        </div>
      )}

      {view && !empty && (
        <div className="checkout-layout">
          <div className="checkout-main">
            <MissingBanner missing={view.missing} testId="checkout-missing" />
            {previewProblem && (
              <p className="banner banner-warning" role="status" data-testid="preview-unavailable">
                The order could not be checked just now: {previewProblem} You can still place it; it is checked again then.
              </p>
            )}
            <FindingList findings={placed.general} testId="checkout-finding" className="general-findings" />
            <OrderHeaderFields
              form={form}
              profile={profile}
              findings={placed.byField}
              minDate={isoDate(new Date())}
              onChange={update}
            />
            <CheckoutLines accountId={accountId} lines={checkoutLines} busy={fixing || cartChecking} onApply={applyToLine} />
          </div>
          <CheckoutSummary
            totals={totals}
            credit={credit}
            lineCount={view.cart.lines.length}
            checking={checking}
            blocking={preview ? blocking : null}
            submitting={submitting}
            disabled={fixing}
            approvalRules={approvalRules}
            onPlaceOrder={placeOrder}
          />
        </div>
      )}
    </div>
  );
}
