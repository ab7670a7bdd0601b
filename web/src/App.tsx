import { useEffect, useMemo, useState } from 'react';
import { Outlet, ScrollRestoration, useLocation } from 'react-router';
import { canApprove, listMyAccounts, type AccountAccess } from './api/accounts';
import { readLastAccount } from './app/accountStorage';
import { ApprovalCountProvider } from './app/ApprovalCount';
import { AppHeader } from './app/AppHeader';
import { CartCountProvider } from './app/CartCount';
import { accountIdOf, preferredAccountId } from './app/paths';
import { PortalContext, type Portal } from './app/PortalContext';
import { ErrorBanner, toBanner, type Banner } from './shared/banners';
import { fetchSessionUser, signInUrl, type SessionUser } from './session/session';

/**
 * The frame of every page: the session and the user's accounts, the header, and the page of the URL. Nothing of an
 * account renders before the user is known to be signed in and their accounts are read.
 */
export function App() {
  const location = useLocation();
  const [user, setUser] = useState<SessionUser | null | undefined>(undefined);
  const [accounts, setAccounts] = useState<AccountAccess[] | null>(null);
  const [error, setError] = useState<Banner | null>(null);
  const [reload, setReload] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setError(null);
    fetchSessionUser(controller.signal)
      .then(setUser)
      .catch((err: unknown) => {
        if (!controller.signal.aborted) setError(toBanner(err));
      });
    return () => controller.abort();
  }, [reload]);

  useEffect(() => {
    if (!user) return;
    const controller = new AbortController();
    listMyAccounts(controller.signal)
      .then(setAccounts)
      .catch((err: unknown) => {
        if (!controller.signal.aborted) setError(toBanner(err));
      });
    return () => controller.abort();
  }, [user, reload]);

  const urlAccountId = accountIdOf(location.pathname);
  const currentAccountId = accounts?.find((a) => urlAccountId !== null && a.accountId.toLowerCase() === urlAccountId.toLowerCase())?.accountId ?? null;
  const navAccountId = currentAccountId ?? (accounts ? preferredAccountId(accounts, readLastAccount()) : null);
  const approverAccountId = canApprove(accounts?.find((a) => a.accountId === navAccountId)) ? navAccountId : null;
  const portal = useMemo<Portal | null>(() => (user && accounts ? { user, accounts } : null), [user, accounts]);

  return (
    <CartCountProvider accountId={currentAccountId}>
      <ApprovalCountProvider accountId={approverAccountId}>
        <div className="app">
          <AppHeader user={user} accounts={accounts} currentAccountId={currentAccountId} navAccountId={navAccountId} />
          <main className="app-main">
            {error && <ErrorBanner error={error} onRetry={() => setReload((n) => n + 1)} />}
            {user === undefined && !error && <p className="muted">Loading…</p>}
            {user === null && (
              <section className="panel sign-in">
                <h1>Sign in to B2B Portal</h1>
                <p>Order against your company's terms, follow your orders and manage your team.</p>
                <a className="primary button" href={signInUrl(location.pathname + location.search)} data-testid="sign-in">
                  Sign in
                </a>
              </section>
            )}
            {user && !accounts && !error && <p className="muted">Loading your accounts…</p>}
            {portal && portal.accounts.length === 0 && (
              <section className="panel" data-testid="no-accounts">
                <p>Your user is not a member of any account yet. Ask your company's administrator.</p>
              </section>
            )}
            {portal && portal.accounts.length > 0 && (
              <PortalContext.Provider value={portal}>
                <Outlet />
              </PortalContext.Provider>
            )}
          </main>
          <footer className="app-footer">B2B buyer portal</footer>
        </div>
      </ApprovalCountProvider>
      <ScrollRestoration />
    </CartCountProvider>
  );
}
