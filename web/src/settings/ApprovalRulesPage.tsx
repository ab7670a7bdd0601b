import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { canManageApprovalRules } from '../api/accounts';
import {
  describeRule,
  getApprovalPolicy,
  removeApprovalPolicy,
  setApprovalPolicy,
  type EffectiveApprovalPolicy,
} from '../api/approvalPolicy';
import { ApiError, isAbortError } from '../api/client';
import { paths } from '../app/paths';
import { useAccount } from '../app/PortalContext';
import { ErrorBanner, toBanner, type Banner } from '../shared/banners';
import { ApprovalRulesForm } from './ApprovalRulesForm';
import { policyErrorsOf, policyFormOf, policyRequestOf, type PolicyErrors, type PolicyForm } from './policyForm';

/** Where the rules that hold come from, in the words of the page. */
function sourceText(effective: EffectiveApprovalPolicy, accountName: string): string {
  if (effective.isOwn) return `These are ${accountName}'s own rules; the units below it follow them unless they have their own.`;
  if (effective.policy) {
    return `Inherited from ${effective.fromAccountName ?? 'the account above'}. Saving here gives ${accountName} rules of its own.`;
  }
  return `No rules hold for ${accountName}: its orders need no approval.`;
}

/** The account's approval rules (`…/settings/approvals`): what holds and where it comes from; admins change them here. */
export function ApprovalRulesPage() {
  const access = useAccount();
  const { accountId } = access;
  const manage = canManageApprovalRules(access);
  const [effective, setEffective] = useState<EffectiveApprovalPolicy | null>(null);
  const [form, setForm] = useState<PolicyForm | null>(null);
  const [errors, setErrors] = useState<PolicyErrors>({});
  const [failure, setFailure] = useState<Banner | null>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [reload, setReload] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setFailure(null);
    getApprovalPolicy(accountId, controller.signal)
      .then(show)
      .catch((err: unknown) => {
        if (!isAbortError(err)) setFailure(toBanner(err));
      });
    return () => controller.abort();
  }, [accountId, reload]);

  function show(next: EffectiveApprovalPolicy) {
    setEffective(next);
    setForm(policyFormOf(next.policy));
    setErrors({});
  }

  async function change(send: () => Promise<EffectiveApprovalPolicy>, done: string) {
    setSaving(true);
    setFailure(null);
    setSaved(null);
    try {
      show(await send());
      setSaved(done);
    } catch (err) {
      const { byField, other } = policyErrorsOf(err instanceof ApiError ? err.errors : undefined);
      setErrors(byField);
      if (Object.keys(byField).length === 0 || other.length > 0) {
        setFailure(other.length > 0 ? { title: toBanner(err).title, detail: other.join(' ') } : toBanner(err));
      }
    } finally {
      setSaving(false);
    }
  }

  function save() {
    if (!form) return;
    const request = policyRequestOf(form);
    setSaved(null);
    if (request.errors) setErrors(request.errors);
    else void change(() => setApprovalPolicy(accountId, request.policy), 'The rules are saved. Orders placed from now on follow them.');
  }

  function followRulesAbove() {
    void change(() => removeApprovalPolicy(accountId), 'The account follows the rules above it again.');
  }

  return (
    <div className="settings-page" data-testid="approval-rules">
      <Link to={paths.company(accountId)} className="back-link">
        ← My company
      </Link>
      <div className="page-head">
        <h1>Approval rules</h1>
      </div>
      {failure && (
        <ErrorBanner
          error={failure}
          testId="approval-rules-error"
          onRetry={effective ? undefined : () => setReload((n) => n + 1)}
          onDismiss={effective ? () => setFailure(null) : undefined}
        />
      )}
      {saved && (
        <p className="banner banner-success" role="status" data-testid="approval-rules-saved">
          {saved}
        </p>
      )}
      {!effective && !failure && <p className="muted">Loading the rules…</p>}
      {effective && (
        <section className="panel">
          <p
            data-testid="approval-rules-source"
            data-source={effective.isOwn ? 'own' : effective.policy ? 'inherited' : 'none'}
          >
            {sourceText(effective, access.name)}
          </p>
          {effective.policy && (
            <ul className="plain-list" data-testid="approval-rules-summary">
              {effective.policy.steps.map((step, i) => (
                <li key={i}>{describeRule(step)}.</li>
              ))}
              <li className="muted small">
                An order nobody decides expires after {effective.policy.expireAfterHours} hours and is cancelled.
              </li>
            </ul>
          )}
        </section>
      )}
      {effective && form && manage && (
        <ApprovalRulesForm
          form={form}
          errors={errors}
          saving={saving}
          isOwn={effective.isOwn}
          onChange={(next) => {
            setForm(next);
            setSaved(null);
          }}
          onSave={save}
          onFollowRulesAbove={followRulesAbove}
        />
      )}
      {effective && !manage && (
        <p className="muted" data-testid="approval-rules-read-only">
          Your company's administrators change these rules.
        </p>
      )}
    </div>
  );
}
