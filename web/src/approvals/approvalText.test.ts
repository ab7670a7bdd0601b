import { describe, expect, it } from 'vitest';
import type { ApprovalStep } from '../api/orders';
import { decisionResult, rejectReasonProblem, stepText } from './approvalText';
import { inboxAccountOf } from './reviewLink';

const step = (number: number, decision: string | null): ApprovalStep => ({
  number,
  above: number * 5000,
  role: 'Approver',
  level: number === 1 ? 'unit' : 'company',
  rule: number === 1 ? 'Orders above 5,000 need an approver' : 'Orders above 10,000 need an approver of the company',
  decision,
  decidedBy: null,
  decidedByName: null,
  decidedAt: null,
  comment: null,
});

describe('stepText', () => {
  it('says where the step stands in the chain and the rule that asks', () => {
    expect(stepText(step(1, null), 2)).toBe('step 1 of 2 — Orders above 5,000 need an approver');
  });
});

describe('decisionResult', () => {
  const approval = (...steps: ApprovalStep[]) => ({ steps, requestedAt: '2024-03-07T10:00:00Z', expiresAt: '2024-03-14T10:00:00Z' });

  it('tells an approval that completes the chain, and one that leaves a step to go', () => {
    expect(decisionResult({ status: 'Submitted', number: 'ORD-7', approval: approval(step(1, 'approved')) })).toBe(
      'Order ORD-7 is approved and goes to our order system.',
    );
    expect(decisionResult({ status: 'PendingApproval', number: 'ORD-7', approval: approval(step(1, 'approved'), step(2, null)) })).toBe(
      'Your step is approved. Order ORD-7 now waits for step 2 of 2: Orders above 10,000 need an approver of the company.',
    );
  });

  it('tells a rejection', () => {
    expect(decisionResult({ status: 'Cancelled', number: 'ORD-7', approval: approval(step(1, 'rejected')) })).toMatch(/rejected and cancelled/);
  });
});

describe('rejectReasonProblem', () => {
  it('asks for a reason of at most 500 characters', () => {
    expect(rejectReasonProblem('   ')).toBe('Say why, so the buyer knows what to change.');
    expect(rejectReasonProblem('x'.repeat(501))).toMatch(/at most 500 characters \(501 now\)/);
    expect(rejectReasonProblem(` ${'x'.repeat(500)} `)).toBeNull();
    expect(rejectReasonProblem('Too many seal kits for one line.')).toBeNull();
  });
});

describe('inboxAccountOf', () => {
  it('reads the inbox a review was opened from, and nothing else', () => {
    expect(inboxAccountOf({ inboxAccountId: 'a1' })).toBe('a1');
    expect(inboxAccountOf({ inboxAccountId: '' })).toBeNull();
    expect(inboxAccountOf({ placedOrderNumber: 'ORD-1' })).toBeNull();
    expect(inboxAccountOf(null)).toBeNull();
  });
});
