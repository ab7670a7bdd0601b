import { apiFetch } from './client';

/** An account the signed-in user may act for, with the roles that hold there. */
export interface AccountAccess {
  accountId: string;
  name: string;
  parentId: string | null;
  companyId: string;
  roles: string[];
  approvalLimit: number | null;
}

export interface CreditTerms {
  creditLimit: number | null;
  currency: string;
  paymentTerms: string | null;
  updatedAt: string | null;
}

export interface AccountDetails {
  id: string;
  name: string;
  parentId: string | null;
  companyId: string;
  companyName: string;
  level: number;
  requireTwoFactor: boolean;
  creditTerms: CreditTerms;
}

export interface Unit {
  id: string;
  name: string;
  parentId: string | null;
}

export interface Member {
  membershipId: string;
  userId: string;
  email: string;
  displayName: string;
  accountId: string;
  accountName: string;
  role: string;
  approvalLimit: number | null;
  status: 'Active' | 'Disabled' | (string & {});
}

/** A delivery address; an account may ship to its own addresses and to those of the accounts above it. */
export interface ShipToAddress {
  id: string;
  accountId: string;
  label: string;
  recipient: string;
  street: string;
  postalCode: string;
  city: string;
  country: string;
  isDefault: boolean;
}

/** How the company orders: whether a purchase-order reference is required and what it looks like. */
export interface OrderingSettings {
  purchaseOrderRequired: boolean;
  /** A regular expression (.NET flavour) the reference must match; `purchaseOrderHint` says it for people. */
  purchaseOrderPattern: string | null;
  purchaseOrderHint: string | null;
  uniquePurchaseOrders: boolean;
  allowBackorders: boolean;
}

export interface OrderingProfile {
  accountId: string;
  accountName: string;
  companyId: string;
  companyName: string;
  settings: OrderingSettings;
  shipToAddresses: ShipToAddress[];
}

export const customerRoles = ['Buyer', 'Approver', 'AccountAdmin'] as const;

const accountPath = (accountId: string) => `/api/v1/accounts/${encodeURIComponent(accountId)}`;

export const listMyAccounts = (signal?: AbortSignal) => apiFetch<AccountAccess[]>('/api/v1/me/accounts', { signal });
export const getAccount = (accountId: string, signal?: AbortSignal) => apiFetch<AccountDetails>(accountPath(accountId), { signal });
export const listUnits = (accountId: string, signal?: AbortSignal) => apiFetch<Unit[]>(`${accountPath(accountId)}/units`, { signal });
export const listMembers = (accountId: string, signal?: AbortSignal) => apiFetch<Member[]>(`${accountPath(accountId)}/members`, { signal });

export const getOrderingProfile = (accountId: string, signal?: AbortSignal) =>
  apiFetch<OrderingProfile>(`${accountPath(accountId)}/ordering-profile`, { signal });

export const inviteMember = (accountId: string, invitation: { email: string; displayName?: string; role: string; approvalLimit?: number | null }) =>
  apiFetch<Member>(`${accountPath(accountId)}/members`, { method: 'POST', body: invitation });

export const updateMember = (accountId: string, membershipId: string, change: { role?: string; approvalLimit?: number | null; status?: string }) =>
  apiFetch<Member>(`${accountPath(accountId)}/members/${encodeURIComponent(membershipId)}`, { method: 'PATCH', body: change });

/** The address a checkout starts with: the default one, else the first. */
export function defaultShipTo(addresses: readonly ShipToAddress[]): ShipToAddress | null {
  return addresses.find((address) => address.isDefault) ?? addresses[0] ?? null;
}

const hasRole = (access: AccountAccess | null | undefined, roles: readonly string[]) =>
  Boolean(access?.roles.some((role) => roles.includes(role)));

/** May the user invite, disable and re-role members here? */
export const canManageMembers = (access: AccountAccess | null | undefined) => hasRole(access, ['AccountAdmin', 'AccountManager', 'PlatformAdmin']);

/** May the user decide orders waiting for approval here (the inbox and the review)? */
export const canApprove = (access: AccountAccess | null | undefined) => hasRole(access, ['Approver', 'Validator', 'PlatformAdmin']);

/** May the user read the account's audit trail (the Activity page)? */
export const canViewAudit = (access: AccountAccess | null | undefined) => hasRole(access, ['AccountAdmin', 'AccountManager', 'Validator', 'PlatformAdmin']);

/** May the user register and manage the account's webhook endpoints? */
/** The manufacturer's side of quotes: take requests into review, price and send them. */
export const canManageQuotes = (access: AccountAccess | null | undefined) => hasRole(access, ['AccountManager', 'PlatformAdmin']);

/** The buying side of quotes: ask for one, answer it, order it (and never the seller's side at once). */
export const canRequestQuotes = (access: AccountAccess | null | undefined) =>
  !canManageQuotes(access) && hasRole(access, ['Buyer', 'Approver', 'AccountAdmin', 'Partner']);

export const canManageWebhooks = (access: AccountAccess | null | undefined) => hasRole(access, ['AccountAdmin', 'AccountManager', 'PlatformAdmin']);

/** May the user change the account's approval rules (the ordering settings)? */
export const canManageApprovalRules = (access: AccountAccess | null | undefined) =>
  hasRole(access, ['AccountAdmin', 'AccountManager', 'PlatformAdmin']);
