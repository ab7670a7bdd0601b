import { Link, NavLink } from 'react-router';
import { canApprove, canViewAudit, type AccountAccess } from '../api/accounts';
import type { SessionUser } from '../session/session';
import { AccountSwitcher } from './AccountSwitcher';
import { useApprovalCount } from './ApprovalCount';
import { useCartCount } from './CartCount';
import { paths } from './paths';

interface Props {
  user: SessionUser | null | undefined;
  accounts: AccountAccess[] | null;
  /** The account of the page shown, when the user may act for it. */
  currentAccountId: string | null;
  /** Where the navigation leads when the page is of no account (the last used one, or the first). */
  navAccountId: string | null;
}

export function AppHeader({ user, accounts, currentAccountId, navAccountId }: Props) {
  const { lineCount } = useCartCount();
  const { waiting } = useApprovalCount();
  const navAccount = accounts?.find((a) => a.accountId === navAccountId);
  const decides = canApprove(navAccount);
  const auditor = canViewAudit(navAccount);

  return (
    <header className="app-header">
      <Link to={paths.home} className="brand">
        B2B Portal
      </Link>
      {user && accounts && accounts.length > 0 && <AccountSwitcher accounts={accounts} currentId={currentAccountId} />}
      {user && (
        <nav className="app-nav" aria-label="Main">
          {navAccountId && (
            <>
              <NavLink to={paths.catalog(navAccountId)} data-testid="nav-catalog">
                Catalog
              </NavLink>
              <NavLink to={paths.cart(navAccountId)} data-testid="nav-cart">
                Cart
                {lineCount !== null && (
                  <>
                    {' '}
                    <span className="count-badge" data-testid="cart-count">
                      {lineCount}
                    </span>
                    <span className="visually-hidden">{lineCount === 1 ? ' line' : ' lines'}</span>
                  </>
                )}
              </NavLink>
              <NavLink to={paths.orders(navAccountId)} data-testid="nav-orders">
                Orders
              </NavLink>
              <NavLink to={paths.quotes(navAccountId)} data-testid="nav-quotes">
                Quotes
              </NavLink>
              {decides && (
                <NavLink to={paths.approvals(navAccountId)} data-testid="nav-approvals">
                  Approvals
                  {waiting !== null && waiting > 0 && (
                    <>
                      {' '}
                      <span className="count-badge" data-testid="approvals-count">
                        {waiting}
                      </span>
                      <span className="visually-hidden">{waiting === 1 ? ' order waits' : ' orders wait'}</span>
                    </>
                  )}
                </NavLink>
              )}
              <NavLink to={paths.company(navAccountId)} data-testid="nav-company">
                My company
              </NavLink>
              {auditor && (
                <NavLink to={paths.activity(navAccountId)} data-testid="nav-activity">
                  Activity
                </NavLink>
              )}
            </>
          )}
          <span className="nav-user">
            <span className="user-name" data-testid="user-name">
              {user.name}
            </span>
            <a href="/bff/two-factor" data-testid="two-factor" title="Turn two-factor sign-in on or off">
              Two-factor sign-in
            </a>
            <a href={user.logoutUrl} data-testid="sign-out">
              Sign out
            </a>
          </span>
        </nav>
      )}
    </header>
  );
}
