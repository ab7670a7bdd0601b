import { useState } from 'react';
import { maxDecisionText } from '../api/approvals';
import { formatMoney } from '../shared/format';
import { rejectReasonProblem } from './approvalText';

interface Props {
  /** The total the approver is shown and approves: the review's current total. */
  total: number;
  currency: string;
  sending: boolean;
  problem: string | null;
  onApprove: () => void;
  onReject: (reason: string) => void;
}

/** Approve in one tap, or reject with a reason: a bar riding along the bottom of the screen on phones. */
export function DecisionBar({ total, currency, sending, problem, onApprove, onReject }: Props) {
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonProblem, setReasonProblem] = useState<string | null>(null);

  function confirmReject() {
    const invalid = rejectReasonProblem(reason);
    setReasonProblem(invalid);
    if (!invalid) onReject(reason.trim());
  }

  return (
    <div className="decision-bar" data-testid="approval-actions">
      {problem && (
        <p className="field-error" role="alert" data-testid="approval-decision-error">
          {problem}
        </p>
      )}
      {rejecting ? (
        <div className="reject-form">
          <label className="field" htmlFor="approval-reason">
            <span>Why do you reject it? The buyer reads this.</span>
            <textarea
              id="approval-reason"
              data-testid="approval-reason"
              rows={3}
              maxLength={maxDecisionText}
              value={reason}
              autoFocus
              onChange={(e) => {
                setReason(e.target.value);
                setReasonProblem(null);
              }}
            />
          </label>
          {reasonProblem && (
            <p className="field-error" role="alert" data-testid="approval-reason-error">
              {reasonProblem}
            </p>
          )}
          <div className="decision-buttons">
            <button type="button" data-testid="approval-reject-back" disabled={sending} onClick={() => setRejecting(false)}>
              Back
            </button>
            <button type="button" className="danger" data-testid="approval-reject-confirm" disabled={sending} onClick={confirmReject}>
              {sending ? 'Rejecting…' : 'Reject the order'}
            </button>
          </div>
        </div>
      ) : (
        <div className="decision-buttons">
          <button type="button" className="danger-outline" data-testid="approval-reject" disabled={sending} onClick={() => setRejecting(true)}>
            Reject
          </button>
          <button type="button" className="primary" data-testid="approval-approve" disabled={sending} onClick={onApprove}>
            {sending ? 'Approving…' : `Approve ${formatMoney(total, currency)}`}
          </button>
        </div>
      )}
    </div>
  );
}
