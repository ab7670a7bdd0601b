import type { ApprovalPolicy } from '../api/approvalPolicy';

/** A step as the admin types it: amounts stay text until the form is sent. */
export interface StepRow {
  above: string;
  role: string;
  level: string;
}

export interface BuyerRow {
  buyer: string;
  above: string;
}

export interface PolicyForm {
  steps: StepRow[];
  buyers: BuyerRow[];
  expireAfterHours: string;
}

/** The fields the server names in its validation problems, and where the page shows them. */
export const policyFields = ['steps', 'buyerThresholds', 'expireAfterHours'] as const;
export type PolicyField = (typeof policyFields)[number];
export type PolicyErrors = Partial<Record<PolicyField, string[]>>;

export const newStep = (): StepRow => ({ above: '', role: 'Approver', level: 'unit' });
export const newBuyer = (): BuyerRow => ({ buyer: '', above: '' });

/** The server's default: an order waiting a week for a decision expires. */
const defaultExpiryHours = 168;

/** The form for the rules that hold (own or inherited), or a first step to fill in when there are none. */
export function policyFormOf(policy: ApprovalPolicy | null): PolicyForm {
  if (!policy) return { steps: [newStep()], buyers: [], expireAfterHours: String(defaultExpiryHours) };
  return {
    steps: policy.steps.map((s) => ({ above: String(s.above), role: s.role, level: s.level })),
    buyers: (policy.buyerThresholds ?? []).map((b) => ({ buyer: b.buyer, above: String(b.above) })),
    expireAfterHours: String(policy.expireAfterHours),
  };
}

/** A typed amount or number of hours, or null when it is not a number of 0 or more. */
function parseAmount(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isFinite(value) && value >= 0 ? value : null;
}

export type PolicyRequest = { policy: ApprovalPolicy; errors: null } | { policy: null; errors: PolicyErrors };

/**
 * The request a filled-in form stands for, or what is wrong with it as typed. Buyer rows left wholly empty are dropped;
 * what only the server can judge (duplicate thresholds, limits) is left to its validation problem.
 */
export function policyRequestOf(form: PolicyForm): PolicyRequest {
  const errors: PolicyErrors = {};
  const steps = form.steps.map((row) => ({ above: parseAmount(row.above), role: row.role, level: row.level }));
  if (steps.length === 0) errors.steps = ['Give at least one step; to have no approvals, use the rules above instead.'];
  else if (steps.some((s) => s.above === null)) errors.steps = ['Give each step the amount above which it applies (0 or more).'];

  const buyers = form.buyers
    .filter((row) => row.buyer.trim() !== '' || row.above.trim() !== '')
    .map((row) => ({ buyer: row.buyer.trim(), above: parseAmount(row.above) }));
  if (buyers.some((b) => b.buyer === '' || b.above === null)) {
    errors.buyerThresholds = ['Give each buyer their user or client id and an amount of 0 or more.'];
  }

  const hours = parseAmount(form.expireAfterHours);
  if (hours === null || hours <= 0) errors.expireAfterHours = ['Give the hours after which a waiting order expires (more than 0).'];

  if (Object.keys(errors).length > 0) return { policy: null, errors };
  return {
    policy: {
      steps: steps.map((s) => ({ above: s.above!, role: s.role, level: s.level })),
      buyerThresholds: buyers.map((b) => ({ buyer: b.buyer, above: b.above! })),
      expireAfterHours: hours!,
    },
    errors: null,
  };
}

/**
 * A validation problem's messages by the field of the form they belong to. The server names `steps`, `buyerThresholds`
 * and `expireAfterHours`; a body it could not read names a JSON path (`$.steps[0].above`), which goes to the same field.
 * Anything else is returned as `other`.
 */
export function policyErrorsOf(errors: Record<string, string[]> | undefined): { byField: PolicyErrors; other: string[] } {
  const byField: PolicyErrors = {};
  const other: string[] = [];
  for (const [key, messages] of Object.entries(errors ?? {})) {
    const name = key.replace(/^\$\.?/, '').split(/[.[]/)[0].toLowerCase();
    const field = policyFields.find((f) => f.toLowerCase() === name);
    if (field) byField[field] = [...(byField[field] ?? []), ...messages];
    else other.push(...messages);
  }
  return { byField, other };
}
