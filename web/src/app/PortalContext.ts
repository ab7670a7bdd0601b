import { createContext, useContext } from 'react';
import type { AccountAccess } from '../api/accounts';
import type { SessionUser } from '../session/session';

/** The signed-in user and the accounts they may act for, known before any page of the portal renders. */
export interface Portal {
  user: SessionUser;
  accounts: AccountAccess[];
}

export const PortalContext = createContext<Portal | null>(null);

export function usePortal(): Portal {
  const portal = useContext(PortalContext);
  if (!portal) throw new Error('usePortal is used outside the signed-in part of the portal.');
  return portal;
}

/** The account the current page is for, one the user may act for (`AccountLayout` makes sure of it). */
export const AccountContext = createContext<AccountAccess | null>(null);

export function useAccount(): AccountAccess {
  const access = useContext(AccountContext);
  if (!access) throw new Error('useAccount is used outside an account page.');
  return access;
}
