import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultShipTo, getOrderingProfile, type ShipToAddress } from './accounts';
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
