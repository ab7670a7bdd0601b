import { formatMoney } from '../shared/format';
import { apiFetch } from './client';

// ---- Types (ApprovalPolicyContracts.cs, camelCase JSON) ----

/** Who decides a step: one of the customer's approvers, or the manufacturer's Validator (the feasibility check). */
export const approverRoles = ['Approver', 'Validator'] as const;
export type ApproverRole = (typeof approverRoles)[number];

/** Where the approver must sit: on the ordering unit or any unit above it, or on the company itself. */
export const approverLevels = ['unit', 'company'] as const;
export type ApproverLevel = (typeof approverLevels)[number];

/** Orders whose net total is above `above` need one decision from a `role` at `level`. */
export interface ApprovalStepRule {
  above: number;
  role: ApproverRole | (string & {});
  level: ApproverLevel | (string & {});
}

/** A buyer (user id or partner client id) whose own orders need an approver above `above`. */
export interface BuyerApprovalThreshold {
  buyer: string;
  above: number;
}

export interface ApprovalPolicy {
  steps: ApprovalStepRule[];
  buyerThresholds: BuyerApprovalThreshold[] | null;
  /** An order still waiting this long after it was placed expires (it is cancelled). */
  expireAfterHours: number;
}

/** The rules that hold for an account: its own (`isOwn`), those of the account above it (`fromAccountName`), or none. */
export interface EffectiveApprovalPolicy {
  accountId: string;
  policy: ApprovalPolicy | null;
  fromAccountId: string | null;
  fromAccountName: string | null;
  isOwn: boolean;
}

/** As many steps as a policy may have (`ApprovalPolicyRules.MaxSteps`). */
export const maxApprovalSteps = 5;

// ---- Calls ----

const policyPath = (accountId: string) => `/api/v1/accounts/${encodeURIComponent(accountId)}/approval-policy`;

export const getApprovalPolicy = (accountId: string, signal?: AbortSignal) =>
  apiFetch<EffectiveApprovalPolicy>(policyPath(accountId), { signal });

/** Sets the account's own rules; a 400 validation problem names the field (`steps`, `buyerThresholds`, `expireAfterHours`). */
export const setApprovalPolicy = (accountId: string, policy: ApprovalPolicy) =>
  apiFetch<EffectiveApprovalPolicy>(policyPath(accountId), { method: 'PUT', body: policy });

/** Removes the account's own rules: it follows the rules above it again. */
export const removeApprovalPolicy = (accountId: string) =>
  apiFetch<EffectiveApprovalPolicy>(policyPath(accountId), { method: 'DELETE' });

// ---- Texts ----

/** "Orders above €5,000.00 need an approver of the company", as the server words a rule (`ApprovalStepRule.Describe`). */
export function describeRule(rule: ApprovalStepRule, currency?: string | null, locale?: string): string {
  const amount = currency ? formatMoney(rule.above, currency, locale) : new Intl.NumberFormat(locale).format(rule.above);
  const who =
    rule.role === 'Validator'
      ? "the manufacturer's feasibility check"
      : rule.level === 'company'
        ? 'an approver of the company'
        : 'an approver';
  return `Orders above ${amount} need ${who}`;
}
