import { useEffect } from 'react';
import { Link, Outlet, useParams } from 'react-router';
import { rememberAccount } from './accountStorage';
import { sameAccountId } from './paths';
import { AccountContext, usePortal } from './PortalContext';

/** The pages of one account; an account the user may not act for gets a message instead of its pages. */
export function AccountLayout() {
  const { accountId = '' } = useParams();
  const { accounts } = usePortal();
  const access = accounts.find((a) => sameAccountId(a.accountId, accountId));

  useEffect(() => {
    if (access) rememberAccount(access.accountId);
  }, [access]);

  if (!access) {
    return (
      <section className="panel" role="alert" data-testid="account-not-allowed">
        <h1>You cannot act for this account</h1>
        <p>
          The link is for an account you are not a member of, or your access to it has ended. Choose one of your accounts
          above, or ask your company's administrator for access.
        </p>
        <Link to="/" data-testid="account-not-allowed-home">
          Go to your account
        </Link>
      </section>
    );
  }

  return (
    <AccountContext.Provider value={access}>
      <Outlet key={access.accountId} />
    </AccountContext.Provider>
  );
}
