import { describe, expect, it } from 'vitest';
import { axisHint, axisName, decisionText, paymentLabel, priceBasis, statusClass, statusHint, statusLabel } from './orderText';

describe('priceBasis', () => {
  it('names the contract and the quantity break', () => {
    expect(priceBasis({ source: 'contract', contractName: 'Acme 2024', tierMinQuantity: 50 }, 'en-US')).toBe('contract Acme 2024, tier from 50');
    expect(priceBasis({ source: 'contract', contractName: 'Acme 2024', tierMinQuantity: 1 })).toBe('contract Acme 2024');
    expect(priceBasis({ source: 'list', contractName: null, tierMinQuantity: 1000 }, 'en-US')).toBe('list price, tier from 1,000');
    expect(priceBasis({ source: 'quote', contractName: null, tierMinQuantity: null })).toBe('quote');
    expect(priceBasis({ source: 'other', contractName: null, tierMinQuantity: null })).toBe('');
  });
});

describe('statusClass', () => {
  it('gives every status a class of its own', () => {
    expect(statusClass('PartiallyShipped')).toBe('status status-partiallyshipped');
    expect(statusClass('On Hold!')).toBe('status status-onhold');
  });
});

describe('axis texts', () => {
  it('explain every state of every axis', () => {
    const states = {
      process: ['Draft', 'PendingApproval', 'Submitted', 'Confirmed', 'Allocated', 'PartiallyShipped', 'Shipped', 'Delivered', 'Cancelled'],
      validation: ['PendingCheck', 'Approved', 'Rejected'],
      payment: ['NotInvoiced', 'Invoiced', 'PartiallyPaid', 'Paid', 'Overdue'],
    };
    for (const [axis, names] of Object.entries(states)) {
      for (const state of names) expect(axisHint(axis, state), `${axis} ${state}`).not.toBe('');
    }
    expect(axisHint('payment', 'Overdue')).toBe('An invoice is past its due date.');
    expect(axisHint('process', 'Submitted')).toBe(statusHint('Submitted'));
  });

  it('say nothing of a state or axis the server may add later', () => {
    expect(axisHint('process', 'OnHold')).toBe('');
    expect(axisHint('quality', 'Approved')).toBe('');
  });

  it('name the axes in the words of the order page', () => {
    expect(['process', 'validation', 'payment', 'quality'].map(axisName)).toEqual(['Order', 'Approval', 'Payment', 'quality']);
  });

  it('read an order waiting for approval in words in the list, and the payment in a few', () => {
    expect(statusLabel('PendingApproval')).toBe('Waiting for approval');
    expect(statusLabel('Confirmed')).toBe('Confirmed');
    expect(paymentLabel('PartiallyPaid')).toBe('partly paid');
    expect(paymentLabel('Refunded')).toBe('Refunded');
  });

  it('give the states of the other axes classes of their own', () => {
    expect(statusClass('PendingCheck')).toBe('status status-pendingcheck');
    expect(statusClass('Overdue')).toBe('status status-overdue');
  });
});

describe('decisionText', () => {
  it('says who decided what, or that the step waits', () => {
    expect(decisionText({ decision: null, decidedByName: null, decidedAt: null })).toBe('Waiting for a decision');
    expect(decisionText({ decision: 'rejected', decidedByName: 'Ann Lee', decidedAt: null })).toBe('Rejected by Ann Lee');
    expect(decisionText({ decision: 'approved', decidedByName: 'Ann Lee', decidedAt: '2024-03-07T13:02:00Z' }, 'en-GB')).toMatch(
      /^Approved by Ann Lee, 7 Mar 2024, \d{2}:\d{2}$/,
    );
  });
});
