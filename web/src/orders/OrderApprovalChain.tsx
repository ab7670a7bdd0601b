import type { OrderApproval } from '../api/orders';
import { formatDateTime } from '../shared/format';
import { decisionText } from './orderText';

/** The approvals the rules asked of the order, step by step, with who decided what; and when a waiting order expires. */
export function OrderApprovalChain({ approval, waiting }: { approval: OrderApproval; waiting: boolean }) {
  return (
    <section className="panel" data-testid="order-approval">
      <h2>Approval</h2>
      <p className="muted small">
        Asked <time dateTime={approval.requestedAt}>{formatDateTime(approval.requestedAt)}</time>
        {waiting && (
          <>
            {' '}
            · expires <time dateTime={approval.expiresAt}>{formatDateTime(approval.expiresAt)}</time> if nobody decides
          </>
        )}
      </p>
      <ol className="approval-chain">
        {approval.steps.map((step) => (
          <li
            key={step.number}
            className={`approval-chain-step decision-${step.decision ?? 'waiting'}`}
            data-testid="order-approval-step"
            data-decision={step.decision ?? 'waiting'}
          >
            <span className="approval-chain-rule">
              Step {step.number} of {approval.steps.length}: {step.rule}
            </span>
            <span className="approval-chain-decision">{decisionText(step)}</span>
            {step.comment && <span className="muted small">“{step.comment}”</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
