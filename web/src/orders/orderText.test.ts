import { describe, expect, it } from 'vitest';
import { priceBasis, statusClass } from './orderText';

describe('priceBasis', () => {
  it('names the contract and the quantity break', () => {
    expect(priceBasis({ source: 'contract', contractName: 'Acme 2024', tierMinQuantity: 50 }, 'en-US')).toBe('contract Acme 2024, tier from 50');
    expect(priceBasis({ source: 'contract', contractName: 'Acme 2024', tierMinQuantity: 1 })).toBe('contract Acme 2024');
    expect(priceBasis({ source: 'list', contractName: null, tierMinQuantity: 1000 }, 'en-US')).toBe('list price, tier from 1,000');
    expect(priceBasis({ source: 'other', contractName: null, tierMinQuantity: null })).toBe('');
  });
});

describe('statusClass', () => {
  it('gives every status a class of its own', () => {
    expect(statusClass('PartiallyShipped')).toBe('status status-partiallyshipped');
    expect(statusClass('On Hold!')).toBe('status status-onhold');
  });
});
