import { useEffect, useState } from 'react';
import { getAuditPage, type AuditRecord } from '../api/audit';
import { isAbortError } from '../api/client';
import { AuditTable } from '../activity/AuditTable';
import { problemText } from '../shared/problems';

/**
 * The order's part of the audit trail, for those who may read it: who placed, approved, rejected or cancelled it (and who tried
 * and was refused), when and from which address. Read again whenever the order moves (`version`).
 */
export function OrderActivity({ accountId, orderId, version }: { accountId: string; orderId: string; version: string }) {
  const [records, setRecords] = useState<AuditRecord[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    getAuditPage(accountId, { target: orderId }, null, controller.signal)
      .then((page) => setRecords(page.records))
      .catch((err: unknown) => {
        if (!isAbortError(err)) setError(problemText(err));
      });
    return () => controller.abort();
  }, [accountId, orderId, version]);

  return (
    <section className="panel" data-testid="order-activity">
      <h2>Activity</h2>
      {error && <p className="muted">{error}</p>}
      {!records && !error && <p className="muted">Loading activity…</p>}
      {records && <AuditTable records={records} showTarget={false} />}
    </section>
  );
}
