/**
 * The portal's URLs. Every page of an account carries the account in its path (`/accounts/{id}/…`) so it can be
 * bookmarked and shared; the BFF answers index.html for every such path.
 */

const segment = encodeURIComponent;

export const accountRoot = (accountId: string) => `/accounts/${segment(accountId)}`;

export const paths = {
  home: '/',
  catalog: (accountId: string, query = '') => `${accountRoot(accountId)}/catalog${query}`,
  product: (accountId: string, sku: string) => `${accountRoot(accountId)}/catalog/products/${segment(sku)}`,
  parts: (accountId: string, model = '') =>
    `${accountRoot(accountId)}/catalog/parts${model.trim() ? `/${segment(model.trim())}` : ''}`,
  cart: (accountId: string, importId?: string) =>
    `${accountRoot(accountId)}/cart${importId ? `?import=${segment(importId)}` : ''}`,
  checkout: (accountId: string) => `${accountRoot(accountId)}/checkout`,
  orders: (accountId: string, query = '') => `${accountRoot(accountId)}/orders${query}`,
  order: (accountId: string, orderId: string) => `${accountRoot(accountId)}/orders/${segment(orderId)}`,
  company: (accountId: string) => `${accountRoot(accountId)}/company`,
  activity: (accountId: string) => `${accountRoot(accountId)}/activity`,
  approvals: (accountId: string) => `${accountRoot(accountId)}/approvals`,
  approval: (accountId: string, orderId: string) => `${accountRoot(accountId)}/approvals/${segment(orderId)}`,
  approvalRules: (accountId: string) => `${accountRoot(accountId)}/settings/approvals`,
  webhooks: (accountId: string) => `${accountRoot(accountId)}/settings/webhooks`,
  quotes: (accountId: string) => `${accountRoot(accountId)}/quotes`,
  newQuote: (accountId: string) => `${accountRoot(accountId)}/quotes/new`,
  quote: (accountId: string, quoteId: string) => `${accountRoot(accountId)}/quotes/${segment(quoteId)}`,
  quoteEditor: (accountId: string, quoteId: string) => `${accountRoot(accountId)}/quotes/${segment(quoteId)}/edit`,
};

/** The account of an account page's path, or null for any other path. */
export function accountIdOf(pathname: string): string | null {
  const match = /^\/accounts\/([^/]+)(?:\/|$)/.exec(pathname);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return match[1];
  }
}

/**
 * The same page under another account, for the account switcher. A page of one thing of the account (an order, an order
 * to approve) becomes its list, since the thing belongs to the account left; a product stays, since both may carry it. The query stays on
 * searchable lists only.
 */
export function switchAccountPath(pathname: string, search: string, accountId: string): string {
  const rest = /^\/accounts\/[^/]+(\/.*)?$/.exec(pathname)?.[1] ?? '';
  const parts = rest.split('/').filter(Boolean);
  const root = accountRoot(accountId);
  switch (parts[0]) {
    case 'orders':
      return parts.length > 1 ? `${root}/orders` : `${root}/orders${search}`;
    case 'approvals':
      return paths.approvals(accountId);
    case 'quotes':
      return paths.quotes(accountId);
    case 'settings':
      return parts[1] === 'approvals' ? paths.approvalRules(accountId) : parts[1] === 'webhooks' ? paths.webhooks(accountId) : paths.catalog(accountId);
    case 'catalog':
      return parts.length > 1 ? `${root}/${parts.join('/')}` : `${root}/catalog${search}`;
    case 'cart':
    case 'checkout':
    case 'company':
    case 'activity':
      return `${root}/${parts[0]}`;
    default:
      return paths.catalog(accountId);
  }
}

export const sameAccountId = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** The account to open at sign-in: the one used last when the user may still act for it, else the first. */
export function preferredAccountId(accounts: readonly { accountId: string }[], lastUsed: string | null): string | null {
  const kept = lastUsed ? accounts.find((a) => sameAccountId(a.accountId, lastUsed)) : undefined;
  return (kept ?? accounts[0])?.accountId ?? null;
}
