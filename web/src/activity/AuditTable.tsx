import { actorText, changeText, refused, type AuditRecord } from '../api/audit';
import { formatDateTime } from '../shared/format';

/** Records of the audit trail, newest first; on phones each row is a card. */
export function AuditTable({ records, showTarget = true }: { records: AuditRecord[]; showTarget?: boolean }) {
  return (
    <table className="orders-table audit-table" data-testid="audit-table">
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">Who</th>
          <th scope="col">What</th>
          {showTarget && <th scope="col">Concerning</th>}
          <th scope="col">From</th>
        </tr>
      </thead>
      <tbody>
        {records.length === 0 && (
          <tr className="empty-row">
            <td colSpan={showTarget ? 5 : 4}>No activity matches.</td>
          </tr>
        )}
        {records.map((record) => (
          <tr key={record.id} data-testid="audit-row" data-action={record.action} data-status={record.status}>
            <td>
              <time dateTime={record.occurredAt}>{formatDateTime(record.occurredAt)}</time>
            </td>
            <td>{actorText(record.actor)}</td>
            <td>
              <span className={refused(record) ? 'status status-rejected' : 'status'}>{record.action}</span>{' '}
              {refused(record) && <span className="muted">refused ({record.status})</span>}
              <div>{record.summary}</div>
              {record.changes.length > 0 && (
                <ul className="audit-changes">
                  {record.changes.map((change) => (
                    <li key={change.field}>{changeText(change)}</li>
                  ))}
                </ul>
              )}
            </td>
            {showTarget && <td>{record.target ?? record.subjectId ?? '—'}</td>}
            <td>
              {record.ipAddress ?? '—'}
              {record.userAgent && <div className="muted audit-agent">{record.userAgent}</div>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
