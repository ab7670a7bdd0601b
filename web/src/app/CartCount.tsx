import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { getCartLines, type Cart } from '../api/cart';
import { isAbortError } from '../api/client';
import { sameAccountId } from './paths';

interface CartCount {
  /** Lines in the cart of the current account; null while unknown. */
  lineCount: number | null;
  /** Tells the header about a cart a page has just read or changed. */
  report: (cart: Cart) => void;
  /** Reads the cart again (after a checkout emptied it, say). */
  refresh: () => void;
}

const CartCountContext = createContext<CartCount>({ lineCount: null, report: () => {}, refresh: () => {} });

export const useCartCount = () => useContext(CartCountContext);

/** Keeps the header's cart badge for the account of the current page; pages report every cart they get. */
export function CartCountProvider({ accountId, children }: { accountId: string | null; children: ReactNode }) {
  const [state, setState] = useState<{ accountId: string; lineCount: number } | null>(null);
  const [reload, setReload] = useState(0);
  /** Goes up with every report, so a read that started before it does not overwrite what it said. */
  const reports = useRef(0);

  useEffect(() => {
    if (!accountId) return;
    const controller = new AbortController();
    const reportsAtStart = reports.current;
    getCartLines(accountId, controller.signal)
      .then((view) => {
        if (reports.current === reportsAtStart) setState({ accountId, lineCount: view.cart.lines.length });
      })
      .catch((err: unknown) => {
        if (!isAbortError(err)) setState((prev) => (prev && sameAccountId(prev.accountId, accountId) ? prev : null));
      });
    return () => controller.abort();
  }, [accountId, reload]);

  const report = useCallback((cart: Cart) => {
    reports.current += 1;
    setState({ accountId: cart.accountId, lineCount: cart.lines.length });
  }, []);

  const refresh = useCallback(() => setReload((n) => n + 1), []);

  const value = useMemo<CartCount>(
    () => ({
      lineCount: state && accountId && sameAccountId(state.accountId, accountId) ? state.lineCount : null,
      report,
      refresh,
    }),
    [state, accountId, report, refresh],
  );

  return <CartCountContext.Provider value={value}>{children}</CartCountContext.Provider>;
}
