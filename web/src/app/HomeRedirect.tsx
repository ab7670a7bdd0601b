import { Navigate } from 'react-router';
import { readLastAccount } from './accountStorage';
import { paths, preferredAccountId } from './paths';
import { usePortal } from './PortalContext';

/** `/` opens the catalog of the account used last (when still allowed) or of the first account. */
export function HomeRedirect() {
  const { accounts } = usePortal();
  const accountId = preferredAccountId(accounts, readLastAccount());
  return accountId ? <Navigate to={paths.catalog(accountId)} replace /> : null;
}
