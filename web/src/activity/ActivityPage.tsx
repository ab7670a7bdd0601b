import { useEffect, useState, type FormEvent } from 'react';
import { isAbortError } from '../api/client';
import { auditExportUrl, getAuditPage, verifyAudit, type AuditFilters, type AuditRecord, type AuditVerification } from '../api/audit';
import { useAccount } from '../app/PortalContext';
import { problemText } from '../shared/problems';
import { AuditTable } from './AuditTable';

/**
 * "Activity": the account's audit trail (its units' too), newest first — who signed in, ordered, approved, changed members,
 * terms or settings, when and from which address — with filters, more pages, a CSV export and a check that nothing was altered.
 */
export function ActivityPage() {
  const { accountId, name } = useAccount();
  const [draft, setDraft] = useState<AuditFilters>({});
  const [filters, setFilters] = useState<AuditFilters>({});
  const [records, setRecords] = useState<AuditRecord[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [verification, setVerification] = useState<AuditVerification | 'checking' | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    setRecords(null);
    setError(null);
    getAuditPage(accountId, filters, null, controller.signal)
      .then((page) => {
        setRecords(page.records);
        setNext(page.next);
      })
      .catch((err: unknown) => {
        if (!isAbortError(err)) setError(problemText(err));
      });
    return () => controller.abort();
  }, [accountId, filters]);

  function search(event: FormEvent) {
    event.preventDefault();
    setFilters({ ...draft });
    setVerification(null);
  }

  async function more() {
    setLoadingMore(true);
    try {
      const page = await getAuditPage(accountId, filters, next);
      setRecords((shown) => [...(shown ?? []), ...page.records]);
      setNext(page.next);
    } catch (err) {
      setError(problemText(err));
    } finally {
      setLoadingMore(false);
    }
  }

  async function verify() {
    setVerification('checking');
    try {
      setVerification(await verifyAudit(accountId));
    } catch (err) {
      setVerification(null);
      setError(problemText(err));
    }
  }

  const field = (key: keyof AuditFilters) => ({
    value: draft[key] ?? '',
    onChange: (event: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: event.target.value })),
  });

  return (
    <div className="activity-page">
      <div className="page-head">
        <h1>Activity</h1>
        <p className="muted">Everything done in {name} and its units: who, when, from which address, and what changed.</p>
      </div>
      <form className="panel audit-filters" onSubmit={search} data-testid="audit-filters">
        <label>
          Person or system
          <input {...field('actor')} placeholder="Name or id" data-testid="audit-actor" />
        </label>
        <label>
          Action
          <input {...field('action')} placeholder="order., sign-in., member." data-testid="audit-action" />
        </label>
        <label>
          Order number, e-mail or id
          <input {...field('target')} data-testid="audit-target" />
        </label>
        <label>
          From
          <input type="datetime-local" {...field('from')} data-testid="audit-from" />
        </label>
        <label>
          To
          <input type="datetime-local" {...field('to')} data-testid="audit-to" />
        </label>
        <div className="audit-actions">
          <button type="submit" data-testid="audit-search">
            Show
          </button>
          <a className="button-link" href={auditExportUrl(accountId, filters)} download data-testid="audit-export">
            Export CSV
          </a>
          <button type="button" onClick={verify} disabled={verification === 'checking'} data-testid="audit-verify">
            {verification === 'checking' ? 'Checking…' : 'Check nothing was altered'}
          </button>
        </div>
      </form>
      {verification && verification !== 'checking' && <VerificationResult verification={verification} />}
      {error && (
        <p className="banner banner-error" role="alert" data-testid="audit-error">
          {error}
        </p>
      )}
      {!records && !error && <p className="muted">Loading activity…</p>}
      {records && (
        <section className="panel">
          <AuditTable records={records} />
          {next && (
            <button type="button" onClick={more} disabled={loadingMore} data-testid="audit-more">
              {loadingMore ? 'Loading…' : 'Older activity'}
            </button>
          )}
        </section>
      )}
    </div>
  );
}

function VerificationResult({ verification }: { verification: AuditVerification }) {
  const broken = verification.services.filter((s) => s.firstBroken);
  return (
    <p className={verification.intact ? 'banner banner-success' : 'banner banner-error'} role="status" data-testid="audit-verification"
      data-intact={String(verification.intact)}>
      {verification.intact
        ? `Intact: ${verification.services.reduce((sum, s) => sum + s.records, 0)} records checked, each hash and link as written.`
        : broken.map((s) => `${s.service}: ${s.firstBroken!.reason}`).join(' ')}
    </p>
  );
}
