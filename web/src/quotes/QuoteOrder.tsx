import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { defaultShipTo, getOrderingProfile, type ShipToAddress } from '../api/accounts';
import { isAbortError } from '../api/client';
import { newIdempotencyKey } from '../api/orders';
import { orderQuote, type Quote } from '../api/quotes';
import { paths } from '../app/paths';
import { useAccount } from '../app/PortalContext';
import { toBanner, type Banner } from '../shared/banners';

/**
 * Orders the accepted revision at its prices: where it goes (the quote's ship-to, else the account's default) and the
 * purchase-order reference; the same checks as a cart then apply, and a refusal says what to fix.
 */
export function QuoteOrder({ quote, onError }: { quote: Quote; onError: (error: Banner) => void }) {
  const { accountId } = useAccount();
  const navigate = useNavigate();
  const [addresses, setAddresses] = useState<ShipToAddress[]>([]);
  const [shipTo, setShipTo] = useState(quote.shipToAddressId ?? '');
  const [purchaseOrder, setPurchaseOrder] = useState('');
  const [busy, setBusy] = useState(false);
  const [key] = useState(newIdempotencyKey);

  useEffect(() => {
    const controller = new AbortController();
    getOrderingProfile(accountId, controller.signal)
      .then((profile) => {
        setAddresses(profile.shipToAddresses);
        setShipTo((current) => current || defaultShipTo(profile.shipToAddresses)?.id || '');
      })
      .catch((err: unknown) => {
        if (!isAbortError(err)) onError(toBanner(err));
      });
    return () => controller.abort();
  }, [accountId, onError]);

  const order = async () => {
    setBusy(true);
    try {
      const placed = await orderQuote(
        accountId,
        { quoteId: quote.id, revision: quote.acceptedRevision!, purchaseOrderNumber: purchaseOrder.trim() || null, shipToAddressId: shipTo || null },
        key,
      );
      navigate(paths.order(accountId, placed.id));
    } catch (err) {
      onError(toBanner(err));
      setBusy(false);
    }
  };

  return (
    <div className="quote-order" data-testid="quote-order-form">
      <label>
        Ship to
        <select data-testid="quote-ship-to" value={shipTo} onChange={(e) => setShipTo(e.target.value)}>
          {addresses.map((address) => (
            <option key={address.id} value={address.id}>
              {address.label}, {address.city}
            </option>
          ))}
        </select>
      </label>
      <label>
        Purchase-order reference
        <input data-testid="quote-po" value={purchaseOrder} maxLength={35} onChange={(e) => setPurchaseOrder(e.target.value)} />
      </label>
      <button type="button" className="primary" data-testid="quote-order" disabled={busy} onClick={order}>
        Order at the quoted prices
      </button>
    </div>
  );
}
