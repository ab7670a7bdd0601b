import type { ShipToAddress } from '../api/accounts';
import type { OrderFinding } from '../api/findings';
import { FindingList } from '../shared/FindingList';

interface Props {
  addresses: ShipToAddress[];
  value: string;
  onChange: (addressId: string) => void;
  findings: OrderFinding[];
}

/** Where the order goes: one of the account's addresses (or of the accounts above it), shown in full once chosen. */
export function ShipToField({ addresses, value, onChange, findings }: Props) {
  const chosen = addresses.find((a) => a.id === value) ?? null;
  return (
    <div className="form-field">
      <label className="field" htmlFor="ship-to">
        <span>Ship to</span>
        <select id="ship-to" data-testid="ship-to" value={value} onChange={(e) => onChange(e.target.value)}>
          {addresses.length === 0 && <option value="">No delivery address on file</option>}
          {addresses.map((address) => (
            <option key={address.id} value={address.id}>
              {address.label}
              {address.isDefault ? ' (default)' : ''}
            </option>
          ))}
        </select>
      </label>
      {chosen && (
        <address className="ship-to-address" data-testid="ship-to-address">
          {chosen.recipient}
          <br />
          {chosen.street}
          <br />
          {chosen.postalCode} {chosen.city}
          <br />
          {chosen.country}
        </address>
      )}
      {addresses.length === 0 && (
        <p className="muted small">Your company has no delivery address for this account yet. Ask your administrator to add one.</p>
      )}
      <FindingList findings={findings} testId="checkout-finding" />
    </div>
  );
}
