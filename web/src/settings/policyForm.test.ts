import { describe, expect, it } from 'vitest';
import type { ApprovalPolicy } from '../api/approvalPolicy';
import { newBuyer, policyErrorsOf, policyFormOf, policyRequestOf, type PolicyForm } from './policyForm';

const policy: ApprovalPolicy = {
  steps: [
    { above: 5000, role: 'Approver', level: 'unit' },
    { above: 20000.5, role: 'Validator', level: 'company' },
  ],
  buyerThresholds: [{ buyer: 'u-7', above: 500 }],
  expireAfterHours: 48,
};

describe('policyFormOf', () => {
  it('puts the rules that hold into the form', () => {
    expect(policyFormOf(policy)).toEqual({
      steps: [
        { above: '5000', role: 'Approver', level: 'unit' },
        { above: '20000.5', role: 'Validator', level: 'company' },
      ],
      buyers: [{ buyer: 'u-7', above: '500' }],
      expireAfterHours: '48',
    });
  });

  it('starts with one step to fill in and a week to expire when no rules hold', () => {
    expect(policyFormOf(null)).toEqual({ steps: [{ above: '', role: 'Approver', level: 'unit' }], buyers: [], expireAfterHours: '168' });
    expect(policyFormOf({ ...policy, buyerThresholds: null }).buyers).toEqual([]);
  });
});

describe('policyRequestOf', () => {
  it('reads a form back into the rules it came from', () => {
    expect(policyRequestOf(policyFormOf(policy))).toEqual({ policy, errors: null });
  });

  it('trims buyer ids and drops buyer rows left empty', () => {
    const form: PolicyForm = { ...policyFormOf(policy), buyers: [{ buyer: ' u-8 ', above: ' 250 ' }, newBuyer()] };
    expect(policyRequestOf(form).policy?.buyerThresholds).toEqual([{ buyer: 'u-8', above: 250 }]);
  });

  it('says which field is wrong as typed, and sends nothing then', () => {
    const form: PolicyForm = {
      steps: [{ above: '-1', role: 'Approver', level: 'unit' }],
      buyers: [{ buyer: '', above: '100' }],
      expireAfterHours: '0',
    };
    const request = policyRequestOf(form);
    expect(request.policy).toBeNull();
    expect(Object.keys(request.errors ?? {}).sort()).toEqual(['buyerThresholds', 'expireAfterHours', 'steps']);
  });

  it('asks for at least one step', () => {
    expect(policyRequestOf({ ...policyFormOf(policy), steps: [] }).errors?.steps?.[0]).toMatch(/at least one step/);
    expect(policyRequestOf({ ...policyFormOf(policy), steps: [{ above: '', role: 'Approver', level: 'unit' }] }).errors?.steps).toHaveLength(1);
  });
});

describe('policyErrorsOf', () => {
  it('puts the server\'s messages by the form field, JSON paths included', () => {
    expect(
      policyErrorsOf({
        steps: ['Each step needs its own threshold.'],
        '$.steps[0].above': ['The JSON value could not be converted.'],
        expireAfterHours: ['An order waiting for approval expires after 0.001 to 8760 hours (a year).'],
        buyerThresholds: ['Give at most 200 buyers.'],
        policy: ['The policy field is required.'],
      }),
    ).toEqual({
      byField: {
        steps: ['Each step needs its own threshold.', 'The JSON value could not be converted.'],
        expireAfterHours: ['An order waiting for approval expires after 0.001 to 8760 hours (a year).'],
        buyerThresholds: ['Give at most 200 buyers.'],
      },
      other: ['The policy field is required.'],
    });
    expect(policyErrorsOf(undefined)).toEqual({ byField: {}, other: [] });
  });
});
