import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  canApprove,
  canManageApprovalRules,
  canManageMembers,
  defaultShipTo,
  getOrderingProfile,
  type AccountAccess,
  type ShipToAddress,
} from './accounts';
import { stubFetch } from './fetchStub';

afterEach(() => {
  vi.unstubAllGlobals();
});

const address = (id: string, isDefault = false): ShipToAddress => ({
  id,
  accountId: 'a1',
  label: id,
  recipient: 'Acme GmbH',
  street: 'Industriestraße 12',
  postalCode: '20095',
  city: 'Hamburg',
  country: 'DE',
  isDefault,
});

describe('getOrderingProfile', () => {
  it('reads the profile of the account', async () => {
    const { calls } = stubFetch({});
    await getOrderingProfile('a 1');
    expect(calls()[0]).toMatchObject({ method: 'GET', url: '/api/v1/accounts/a%201/ordering-profile' });
  });
});

describe('defaultShipTo', () => {
  it('starts with the default address, else the first, else none', () => {
    expect(defaultShipTo([address('s1'), address('s2', true)])?.id).toBe('s2');
    expect(defaultShipTo([address('s1'), address('s2')])?.id).toBe('s1');
    expect(defaultShipTo([])).toBeNull();
  });
});

describe('what the roles allow', () => {
  const access = (...roles: string[]): AccountAccess => ({
    accountId: 'a1',
    name: 'Acme',
    parentId: null,
    companyId: 'c1',
    roles,
    approvalLimit: null,
  });

  it('lets approvers, validators and platform admins decide orders', () => {
    expect(canApprove(access('Approver'))).toBe(true);
    expect(canApprove(access('Buyer', 'Validator'))).toBe(true);
    expect(canApprove(access('PlatformAdmin'))).toBe(true);
    expect(canApprove(access('Buyer', 'AccountAdmin'))).toBe(false);
    expect(canApprove(undefined)).toBe(false);
  });

  it('lets admins and account managers change the approval rules and members', () => {
    for (const role of ['AccountAdmin', 'AccountManager', 'PlatformAdmin']) {
      expect(canManageApprovalRules(access(role))).toBe(true);
      expect(canManageMembers(access(role))).toBe(true);
    }
    expect(canManageApprovalRules(access('Approver', 'Validator', 'Buyer'))).toBe(false);
    expect(canManageApprovalRules(null)).toBe(false);
  });
});
