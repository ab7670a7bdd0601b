import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeRule, getApprovalPolicy, removeApprovalPolicy, setApprovalPolicy, type ApprovalPolicy } from './approvalPolicy';
import { stubFetch } from './fetchStub';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('approval policy calls', () => {
  it('read, set and remove the account\'s rules', async () => {
    const { calls } = stubFetch({ accountId: 'a1', policy: null, fromAccountId: null, fromAccountName: null, isOwn: false });
    const policy: ApprovalPolicy = {
      steps: [{ above: 5000, role: 'Approver', level: 'unit' }],
      buyerThresholds: [{ buyer: 'u1', above: 500 }],
      expireAfterHours: 48,
    };

    await getApprovalPolicy('a 1');
    await setApprovalPolicy('a 1', policy);
    await removeApprovalPolicy('a 1');

    expect(calls().map((c) => [c.method, c.url])).toEqual([
      ['GET', '/api/v1/accounts/a%201/approval-policy'],
      ['PUT', '/api/v1/accounts/a%201/approval-policy'],
      ['DELETE', '/api/v1/accounts/a%201/approval-policy'],
    ]);
    expect(calls()[1].body).toEqual(policy);
  });
});

describe('describeRule', () => {
  it('words a rule as the server does, with the amount in the currency when known', () => {
    expect(describeRule({ above: 5000, role: 'Approver', level: 'unit' }, null, 'en-US')).toBe('Orders above 5,000 need an approver');
    expect(describeRule({ above: 20000, role: 'Approver', level: 'company' }, 'EUR', 'en-US')).toBe(
      'Orders above €20,000.00 need an approver of the company',
    );
    expect(describeRule({ above: 0, role: 'Validator', level: 'company' }, null, 'en-US')).toBe(
      "Orders above 0 need the manufacturer's feasibility check",
    );
  });
});
