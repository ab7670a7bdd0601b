import { useEffect, useState } from 'react';
import { listMyAccounts, type AccountAccess } from './api/accounts';
import { CatalogPage } from './catalog/CatalogPage';
import { CompanyPage } from './company/CompanyPage';
import { OrdersPage } from './orders/OrdersPage';
import { fetchSessionUser, signInUrl, type SessionUser } from './session/session';

type Page = 'catalog' | 'orders' | 'company';
const accountKey = 'b2bportal.account';

export function App() {
  const [user, setUser] = useState<SessionUser | null | undefined>(undefined);
  const [accounts, setAccounts] = useState<AccountAccess[] | null>(null);
  const [accountId, setAccountId] = useState<string>(() => localStorage.getItem(accountKey) ?? '');
  const [page, setPage] = useState<Page>('catalog');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    fetchSessionUser()
      .then(setUser)
      .catch((err: unknown) => setError(String(err)));
  }, []);

  useEffect(() => {
    if (!user) return;
    listMyAccounts()
      .then((list) => {
        setAccounts(list);
        setAccountId((current) => (list.some((a) => a.accountId === current) ? current : (list[0]?.accountId ?? '')));
      })
      .catch((err: unknown) => setError(String(err)));
  }, [user]);

  function switchAccount(id: string) {
    localStorage.setItem(accountKey, id);
    setAccountId(id);
  }

  const access = accounts?.find((a) => a.accountId === accountId);

  return (
    <div className="app">
      <header className="app-header">
        <span className="brand">B2B Portal</span>
        {user && accounts && (
          <label className="field account-field">
            <span>Acting for</span>
            <select data-testid="account-switcher" value={accountId} onChange={(e) => switchAccount(e.target.value)}>
              {accounts.map((a) => (
                <option key={a.accountId} value={a.accountId}>
                  {a.parentId ? '↳ ' : ''}
                  {a.name}
                </option>
              ))}
            </select>
          </label>
        )}
        {user && (
          <nav className="app-nav">
            <button type="button" data-testid="nav-catalog" aria-pressed={page === 'catalog'} onClick={() => setPage('catalog')}>
              Catalog
            </button>
            <button type="button" data-testid="nav-orders" aria-pressed={page === 'orders'} onClick={() => setPage('orders')}>
              Orders
            </button>
            <button type="button" data-testid="nav-company" aria-pressed={page === 'company'} onClick={() => setPage('company')}>
              My company
            </button>
            <span className="user-name" data-testid="user-name">
              {user.name}
            </span>
            <a href="/bff/two-factor" data-testid="two-factor" title="Turn two-factor sign-in on or off">
              Two-factor sign-in
            </a>
            <a href={user.logoutUrl} data-testid="sign-out">
              Sign out
            </a>
          </nav>
        )}
      </header>
      <main className="app-main">
        {error && (
          <div className="banner banner-error" role="alert">
            {error}
          </div>
        )}
        {user === null && (
          <section className="panel sign-in">
            <h1>Sign in to B2B Portal</h1>
            <p>Order against your company's terms, follow your orders and manage your team.</p>
            <a className="primary button" href={signInUrl(window.location.pathname)} data-testid="sign-in">
              Sign in
            </a>
          </section>
        )}
        {user && accounts?.length === 0 && <p>Your user is not a member of any account yet. Ask your company's administrator.</p>}
        {user && access && page === 'catalog' && <CatalogPage key={access.accountId} accountId={access.accountId} />}
        {user && access && page === 'orders' && <OrdersPage accountId={access.accountId} />}
        {user && access && page === 'company' && <CompanyPage access={access} />}
      </main>
      <footer className="app-footer">B2B buyer portal</footer>
    </div>
  );
}
