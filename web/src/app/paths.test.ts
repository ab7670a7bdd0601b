import { describe, expect, it } from 'vitest';
import { accountIdOf, paths, preferredAccountId, switchAccountPath } from './paths';

const a1 = '11111111-1111-1111-1111-111111111111';
const a2 = '22222222-2222-2222-2222-222222222222';

describe('paths', () => {
  it('puts the account in every page path and encodes the segments', () => {
    expect(paths.catalog(a1)).toBe(`/accounts/${a1}/catalog`);
    expect(paths.catalog(a1, '?q=pump&page=2')).toBe(`/accounts/${a1}/catalog?q=pump&page=2`);
    expect(paths.product(a1, 'AB/1 2')).toBe(`/accounts/${a1}/catalog/products/AB%2F1%202`);
    expect(paths.parts(a1)).toBe(`/accounts/${a1}/catalog/parts`);
    expect(paths.parts(a1, ' CP-50 ')).toBe(`/accounts/${a1}/catalog/parts/CP-50`);
    expect(paths.cart(a1)).toBe(`/accounts/${a1}/cart`);
    expect(paths.cart(a1, 'imp 1')).toBe(`/accounts/${a1}/cart?import=imp%201`);
    expect(paths.checkout(a1)).toBe(`/accounts/${a1}/checkout`);
    expect(paths.orders(a1, '?q=PO-1')).toBe(`/accounts/${a1}/orders?q=PO-1`);
    expect(paths.order(a1, 'o1')).toBe(`/accounts/${a1}/orders/o1`);
    expect(paths.company(a1)).toBe(`/accounts/${a1}/company`);
    expect(paths.approvals(a1)).toBe(`/accounts/${a1}/approvals`);
    expect(paths.approval(a1, 'o 1')).toBe(`/accounts/${a1}/approvals/o%201`);
    expect(paths.approvalRules(a1)).toBe(`/accounts/${a1}/settings/approvals`);
    expect(paths.quotes(a1)).toBe(`/accounts/${a1}/quotes`);
    expect(paths.quote(a1, 'q 1')).toBe(`/accounts/${a1}/quotes/q%201`);
    expect(paths.quoteEditor(a1, 'q1')).toBe(`/accounts/${a1}/quotes/q1/edit`);
  });
});

describe('accountIdOf', () => {
  it('reads the account of an account page and nothing else', () => {
    expect(accountIdOf(`/accounts/${a1}/cart`)).toBe(a1);
    expect(accountIdOf(`/accounts/${a1}`)).toBe(a1);
    expect(accountIdOf('/accounts/a%20b/orders')).toBe('a b');
    expect(accountIdOf('/')).toBeNull();
    expect(accountIdOf('/accountsx/1')).toBeNull();
    expect(accountIdOf('/accounts/')).toBeNull();
  });
});

describe('switchAccountPath', () => {
  it('keeps the page and its search under the other account', () => {
    expect(switchAccountPath(`/accounts/${a1}/cart`, '', a2)).toBe(`/accounts/${a2}/cart`);
    expect(switchAccountPath(`/accounts/${a1}/checkout`, '', a2)).toBe(`/accounts/${a2}/checkout`);
    expect(switchAccountPath(`/accounts/${a1}/company`, '', a2)).toBe(`/accounts/${a2}/company`);
    expect(switchAccountPath(`/accounts/${a1}/orders`, '?q=PO-7', a2)).toBe(`/accounts/${a2}/orders?q=PO-7`);
    expect(switchAccountPath(`/accounts/${a1}/catalog`, '?q=pump&page=1', a2)).toBe(`/accounts/${a2}/catalog?q=pump&page=1`);
  });

  it('keeps a product or parts page, which the other account may carry too', () => {
    expect(switchAccountPath(`/accounts/${a1}/catalog/products/PMP%2F1`, '', a2)).toBe(`/accounts/${a2}/catalog/products/PMP%2F1`);
    expect(switchAccountPath(`/accounts/${a1}/catalog/parts/CP-50`, '', a2)).toBe(`/accounts/${a2}/catalog/parts/CP-50`);
  });

  it('turns an order of the account left into the order list', () => {
    expect(switchAccountPath(`/accounts/${a1}/orders/o1`, '', a2)).toBe(`/accounts/${a2}/orders`);
  });

  it('turns an order to approve into the inbox, and keeps the inbox and the approval rules', () => {
    expect(switchAccountPath(`/accounts/${a1}/approvals/o1`, '', a2)).toBe(`/accounts/${a2}/approvals`);
    expect(switchAccountPath(`/accounts/${a1}/approvals`, '', a2)).toBe(`/accounts/${a2}/approvals`);
    expect(switchAccountPath(`/accounts/${a1}/quotes/q1/edit`, '', a2)).toBe(`/accounts/${a2}/quotes`);
    expect(switchAccountPath(`/accounts/${a1}/settings/approvals`, '', a2)).toBe(`/accounts/${a2}/settings/approvals`);
    expect(switchAccountPath(`/accounts/${a1}/settings/other`, '', a2)).toBe(`/accounts/${a2}/catalog`);
  });

  it('opens the catalog from a page of no account or an unknown one', () => {
    expect(switchAccountPath('/', '', a2)).toBe(`/accounts/${a2}/catalog`);
    expect(switchAccountPath('/nowhere', '', a2)).toBe(`/accounts/${a2}/catalog`);
    expect(switchAccountPath(`/accounts/${a1}/whatever`, '', a2)).toBe(`/accounts/${a2}/catalog`);
  });
});

describe('preferredAccountId', () => {
  const accounts = [{ accountId: a1 }, { accountId: a2 }];

  it('opens the account used last while the user may still act for it', () => {
    expect(preferredAccountId(accounts, a2)).toBe(a2);
    expect(preferredAccountId(accounts, a2.toUpperCase())).toBe(a2);
  });

  it('falls back to the first account', () => {
    expect(preferredAccountId(accounts, null)).toBe(a1);
    expect(preferredAccountId(accounts, 'gone')).toBe(a1);
    expect(preferredAccountId([], a1)).toBeNull();
  });
});
