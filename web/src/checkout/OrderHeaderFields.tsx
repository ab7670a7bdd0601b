import type { OrderingProfile } from '../api/accounts';
import type { CheckoutField, OrderFinding, Suggestion } from '../api/findings';
import { FindingList } from '../shared/FindingList';
import type { CheckoutForm } from './checkoutRequest';
import { ShipToField } from './ShipToField';

interface Props {
  form: CheckoutForm;
  /** Null while it loads (or when it could not be read). */
  profile: OrderingProfile | null;
  findings: Map<CheckoutField, OrderFinding[]>;
  /** Today, yyyy-mm-dd: the earliest date the picker offers. */
  minDate: string;
  onChange: (patch: Partial<CheckoutForm>) => void;
}

/** The order's own fields, each with what the checks say of it right under it. */
export function OrderHeaderFields({ form, profile, findings, minDate, onChange }: Props) {
  const settings = profile?.settings;
  const of = (field: CheckoutField) => findings.get(field) ?? [];
  const applyDate = (_finding: OrderFinding, suggestion: Suggestion) => {
    if (suggestion.kind === 'date') onChange({ requestedDeliveryDate: suggestion.date });
  };

  return (
    <section className="panel order-header-fields">
      <h2>Order details</h2>
      <div className="form-grid">
        <div className="form-field">
          <label className="field" htmlFor="po-number">
            <span>Purchase order reference{settings?.purchaseOrderRequired ? ' (required)' : ' (optional)'}</span>
            <input
              id="po-number"
              data-testid="po-number"
              autoComplete="off"
              value={form.purchaseOrderNumber}
              aria-describedby={settings?.purchaseOrderHint ? 'po-hint' : undefined}
              onChange={(e) => onChange({ purchaseOrderNumber: e.target.value })}
            />
          </label>
          {settings?.purchaseOrderHint && (
            <p className="muted small field-hint" id="po-hint" data-testid="po-hint">
              {settings.purchaseOrderHint}
            </p>
          )}
          <FindingList findings={of('purchaseOrderNumber')} testId="checkout-finding" />
        </div>

        <div className="form-field">
          <label className="field" htmlFor="requested-date">
            <span>Requested delivery date (optional)</span>
            <input
              id="requested-date"
              type="date"
              data-testid="requested-date"
              min={minDate}
              value={form.requestedDeliveryDate}
              aria-describedby="requested-date-hint"
              onChange={(e) => onChange({ requestedDeliveryDate: e.target.value })}
            />
          </label>
          <p className="muted small field-hint" id="requested-date-hint">
            Leave it empty to have it delivered as soon as possible.
          </p>
          <FindingList findings={of('requestedDeliveryDate')} testId="checkout-finding" onApply={applyDate} canApply={(s) => s.kind === 'date'} />
        </div>

        <ShipToField
          addresses={profile?.shipToAddresses ?? []}
          value={form.shipToAddressId}
          onChange={(shipToAddressId) => onChange({ shipToAddressId })}
          findings={of('shipToAddressId')}
        />

        <div className="form-field">
          <label className="field" htmlFor="vat-id">
            <span>VAT ID (optional)</span>
            <input
              id="vat-id"
              data-testid="vat-id"
              autoComplete="off"
              autoCapitalize="characters"
              placeholder="DE123456789"
              value={form.vatId}
              onChange={(e) => onChange({ vatId: e.target.value })}
            />
          </label>
          <FindingList findings={of('vatId')} testId="checkout-finding" />
        </div>
      </div>
    </section>
  );
}
