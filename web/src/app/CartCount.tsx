import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import { getCartLines, type Cart } from '../api/cart';
import { useAccountCount } from './useAccountCount';

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
  const { count, report, refresh } = useAccountCount(accountId, async (id, signal) => (await getCartLines(id, signal)).cart.lines.length);
  const reportCart = useCallback((cart: Cart) => report(cart.accountId, cart.lines.length), [report]);
  const value = useMemo<CartCount>(() => ({ lineCount: count, report: reportCart, refresh }), [count, reportCart, refresh]);
  return <CartCountContext.Provider value={value}>{children}</CartCountContext.Provider>;
}
