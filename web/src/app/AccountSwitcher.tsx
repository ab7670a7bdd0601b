import { useLocation, useNavigate } from 'react-router';
import type { AccountAccess } from '../api/accounts';
import { rememberAccount } from './accountStorage';
import { switchAccountPath } from './paths';

/** The account the user acts for; choosing another opens the same page under it. */
export function AccountSwitcher({ accounts, currentId }: { accounts: AccountAccess[]; currentId: string | null }) {
  const navigate = useNavigate();
  const location = useLocation();

  function switchTo(accountId: string) {
    rememberAccount(accountId);
    navigate(switchAccountPath(location.pathname, location.search, accountId));
  }

  return (
    <label className="field account-field">
      <span>Acting for</span>
      <select data-testid="account-switcher" value={currentId ?? ''} onChange={(e) => switchTo(e.target.value)}>
        {currentId === null && (
          <option value="" disabled>
            Choose an account
          </option>
        )}
        {accounts.map((a) => (
          <option key={a.accountId} value={a.accountId}>
            {a.parentId ? '↳ ' : ''}
            {a.name}
          </option>
        ))}
      </select>
    </label>
  );
}
