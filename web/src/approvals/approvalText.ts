import { maxDecisionText } from '../api/approvals';
import type { ApprovalStep, Order } from '../api/orders';

/** "step 1 of 2 — Orders above 5,000 need an approver": where a decision stands in the chain and the rule that asks. */
export const stepText = (step: Pick<ApprovalStep, 'number' | 'rule'>, stepCount: number) =>
  `step ${step.number} of ${stepCount} — ${step.rule}`;

/** What became of the order after the approver's decision, in a sentence. */
export function decisionResult(order: Pick<Order, 'status' | 'number' | 'approval'>): string {
  if (order.status === 'Cancelled') return `Order ${order.number} is rejected and cancelled; the buyer sees your reason.`;
  if (order.status === 'PendingApproval') {
    const next = order.approval?.steps.find((s) => !s.decision);
    const count = order.approval?.steps.length ?? 0;
    return next
      ? `Your step is approved. Order ${order.number} now waits for step ${next.number} of ${count}: ${next.rule}.`
      : `Your step is approved. Order ${order.number} waits for the next approval.`;
  }
  return `Order ${order.number} is approved and goes to our order system.`;
}

/** Why a rejection reason cannot be sent, or null when it can. */
export function rejectReasonProblem(reason: string): string | null {
  const text = reason.trim();
  if (!text) return 'Say why, so the buyer knows what to change.';
  if (text.length > maxDecisionText) return `Write at most ${maxDecisionText} characters (${text.length} now).`;
  return null;
}
