import { useCallback, useEffect, useState } from 'react';
import { getCartView, type Cart, type CartView } from '../api/cart';
import { isAbortError } from '../api/client';
import { useCartCount } from '../app/CartCount';
import { toBanner, type Banner } from '../shared/banners';

export interface CartViewState {
  view: CartView | null;
  error: Banner | null;
  /** True while the cart and its checks are being read (again). */
  checking: boolean;
  refresh: () => void;
  /** A cart a change answered: shown at once, then read again with fresh checks. */
  changed: (cart: Cart) => void;
}

/** The cart of an account with its checks (`GET …/cart`), kept in step with the header's cart badge. */
export function useCartView(accountId: string): CartViewState {
  const { report } = useCartCount();
  const [view, setView] = useState<CartView | null>(null);
  const [error, setError] = useState<Banner | null>(null);
  const [checking, setChecking] = useState(true);
  const [reload, setReload] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setChecking(true);
    getCartView(accountId, controller.signal)
      .then((next) => {
        setView(next);
        setError(null);
        report(next.cart);
      })
      .catch((err: unknown) => {
        if (!isAbortError(err)) setError(toBanner(err));
      })
      .finally(() => {
        if (!controller.signal.aborted) setChecking(false);
      });
    return () => controller.abort();
  }, [accountId, reload, report]);

  const refresh = useCallback(() => setReload((n) => n + 1), []);

  const changed = useCallback(
    (cart: Cart) => {
      report(cart);
      setView((current) => (current ? { ...current, cart } : current));
      setReload((n) => n + 1);
    },
    [report],
  );

  return { view, error, checking, refresh, changed };
}
