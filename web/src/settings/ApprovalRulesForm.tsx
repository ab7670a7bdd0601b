import type { FormEvent } from 'react';
import { approverLevels, approverRoles, maxApprovalSteps } from '../api/approvalPolicy';
import { newBuyer, newStep, type BuyerRow, type PolicyErrors, type PolicyField, type PolicyForm, type StepRow } from './policyForm';

interface Props {
  form: PolicyForm;
  errors: PolicyErrors;
  saving: boolean;
  /** The account has rules of its own, which it can give up for those above it. */
  isOwn: boolean;
  onChange: (form: PolicyForm) => void;
  onSave: () => void;
  onFollowRulesAbove: () => void;
}

const roleNames: Record<string, string> = { Approver: 'An approver', Validator: "The manufacturer's validator (feasibility check)" };
const levelNames: Record<string, string> = { unit: 'on the ordering unit or above', company: 'on the company itself' };

function FieldErrors({ errors, field }: { errors: PolicyErrors; field: PolicyField }) {
  const messages = errors[field];
  if (!messages?.length) return null;
  return (
    <p className="field-error" role="alert" data-testid={`approval-rules-error-${field}`}>
      {messages.join(' ')}
    </p>
  );
}

/** The rules as the admin edits them: up to five steps, buyers' own thresholds, and when a waiting order expires. */
export function ApprovalRulesForm({ form, errors, saving, isOwn, onChange, onSave, onFollowRulesAbove }: Props) {
  const setStep = (index: number, patch: Partial<StepRow>) =>
    onChange({ ...form, steps: form.steps.map((step, i) => (i === index ? { ...step, ...patch } : step)) });
  const setBuyer = (index: number, patch: Partial<BuyerRow>) =>
    onChange({ ...form, buyers: form.buyers.map((buyer, i) => (i === index ? { ...buyer, ...patch } : buyer)) });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSave();
  }

  return (
    <form className="panel rules-form" onSubmit={submit} noValidate>
      <h2>Steps</h2>
      <p className="muted small">
        An order whose net total is above a step's amount needs that step's decision; steps apply from the lowest amount up, each
        decided by a different person.
      </p>
      <ol className="rule-rows">
        {form.steps.map((step, i) => (
          <li key={i} className="rule-row" data-testid="approval-rule-step">
            <label className="field">
              <span>Net total above</span>
              <input
                type="number"
                inputMode="decimal"
                min={0}
                step="any"
                data-testid="approval-rule-above"
                value={step.above}
                onChange={(e) => setStep(i, { above: e.target.value })}
              />
            </label>
            <label className="field">
              <span>Decided by</span>
              <select data-testid="approval-rule-role" value={step.role} onChange={(e) => setStep(i, { role: e.target.value })}>
                {approverRoles.map((role) => (
                  <option key={role} value={role}>
                    {roleNames[role]}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span>Sitting</span>
              <select data-testid="approval-rule-level" value={step.level} onChange={(e) => setStep(i, { level: e.target.value })}>
                {approverLevels.map((level) => (
                  <option key={level} value={level}>
                    {levelNames[level]}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              data-testid="approval-rule-remove-step"
              aria-label={`Remove step ${i + 1}`}
              disabled={form.steps.length <= 1}
              onClick={() => onChange({ ...form, steps: form.steps.filter((_, j) => j !== i) })}
            >
              Remove
            </button>
          </li>
        ))}
      </ol>
      <FieldErrors errors={errors} field="steps" />
      <button
        type="button"
        data-testid="approval-rule-add-step"
        disabled={form.steps.length >= maxApprovalSteps}
        onClick={() => onChange({ ...form, steps: [...form.steps, newStep()] })}
      >
        Add a step
      </button>
      {form.steps.length >= maxApprovalSteps && <span className="muted small"> At most {maxApprovalSteps} steps.</span>}

      <h2 className="rules-section">Buyers' own thresholds</h2>
      <p className="muted small">
        A buyer listed here needs an approver for orders above their own amount, even below the first step.
      </p>
      <ol className="rule-rows">
        {form.buyers.map((buyer, i) => (
          <li key={i} className="rule-row buyer-row" data-testid="approval-rule-buyer">
            <label className="field">
              <span>Buyer (user or client id)</span>
              <input data-testid="approval-rule-buyer-id" value={buyer.buyer} onChange={(e) => setBuyer(i, { buyer: e.target.value })} />
            </label>
            <label className="field">
              <span>Net total above</span>
              <input
                type="number"
                inputMode="decimal"
                min={0}
                step="any"
                data-testid="approval-rule-buyer-above"
                value={buyer.above}
                onChange={(e) => setBuyer(i, { above: e.target.value })}
              />
            </label>
            <button
              type="button"
              data-testid="approval-rule-remove-buyer"
              aria-label={`Remove buyer ${i + 1}`}
              onClick={() => onChange({ ...form, buyers: form.buyers.filter((_, j) => j !== i) })}
            >
              Remove
            </button>
          </li>
        ))}
      </ol>
      <FieldErrors errors={errors} field="buyerThresholds" />
      <button type="button" data-testid="approval-rule-add-buyer" onClick={() => onChange({ ...form, buyers: [...form.buyers, newBuyer()] })}>
        Add a buyer
      </button>

      <h2 className="rules-section">Expiry</h2>
      <label className="field field-qty">
        <span>A waiting order expires after (hours)</span>
        <input
          type="number"
          inputMode="decimal"
          min={0}
          step="any"
          data-testid="approval-rules-expiry"
          value={form.expireAfterHours}
          onChange={(e) => onChange({ ...form, expireAfterHours: e.target.value })}
        />
      </label>
      <FieldErrors errors={errors} field="expireAfterHours" />

      <div className="button-row">
        <button type="submit" className="primary" data-testid="approval-rules-save" disabled={saving}>
          {saving ? 'Saving…' : 'Save'}
        </button>
        {isOwn && (
          <button type="button" data-testid="approval-rules-remove" disabled={saving} onClick={onFollowRulesAbove}>
            Use the rules above
          </button>
        )}
      </div>
    </form>
  );
}
