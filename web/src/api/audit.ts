import { apiFetch } from './client';

/** One audited action: who did it, when, from where, what changed and what the portal answered. */
export interface AuditRecord {
  id: string;
  accountId: string;
  service: string;
  sequence: number;
  occurredAt: string;
  action: string;
  target: string | null;
  subjectId: string | null;
  summary: string;
  actor: { kind: 'user' | 'partner' | 'system' | 'anonymous' | (string & {}); id: string | null; name: string; onBehalfOf: string | null };
  ipAddress: string | null;
  userAgent: string | null;
  changes: { field: string; before: string | null; after: string | null }[];
  status: number;
  problemType: string | null;
  correlationId: string | null;
  traceId: string | null;
}

export interface AuditPage {
  records: AuditRecord[];
  next: string | null;
}

export interface AuditFilters {
  actor?: string;
  action?: string;
  target?: string;
  /** Local date-times as the inputs give them (`2026-12-07T09:30`); sent as ISO 8601. */
  from?: string;
  to?: string;
}

export interface AuditVerification {
  accountId: string;
  intact: boolean;
  services: {
    service: string;
    records: number;
    headSequence: number;
    headHash: string | null;
    firstBroken: { sequence: number; recordId: string; reason: string } | null;
  }[];
}

const auditPath = (accountId: string) => `/api/v1/accounts/${encodeURIComponent(accountId)}/audit`;

/** The query string of the filters that are set, times as ISO 8601. */
export function auditQuery(filters: AuditFilters, extra: Record<string, string> = {}): string {
  const query = new URLSearchParams();
  for (const key of ['actor', 'action', 'target'] as const) {
    const value = filters[key]?.trim();
    if (value) query.set(key, value);
  }
  for (const key of ['from', 'to'] as const) {
    const value = filters[key];
    const time = value ? new Date(value) : null;
    if (time && !Number.isNaN(time.getTime())) query.set(key, time.toISOString());
  }
  for (const [key, value] of Object.entries(extra)) query.set(key, value);
  const text = query.toString();
  return text ? `?${text}` : '';
}

export const getAuditPage = (accountId: string, filters: AuditFilters, before?: string | null, signal?: AbortSignal) =>
  apiFetch<AuditPage>(`${auditPath(accountId)}${auditQuery(filters, before ? { before } : {})}`, { signal });

/** The address of the CSV file of the trail with these filters (a plain link: the browser sends the session cookie). */
export const auditExportUrl = (accountId: string, filters: AuditFilters) => `${auditPath(accountId)}/export${auditQuery(filters)}`;

export const verifyAudit = (accountId: string, signal?: AbortSignal) => apiFetch<AuditVerification>(`${auditPath(accountId)}/verification`, { signal });

/** "status: Submitted → Cancelled"; a value that was not there reads as "–". */
export const changeText = (change: AuditRecord['changes'][number]) => `${change.field}: ${change.before ?? '–'} → ${change.after ?? '–'}`;

/** Who acted, as a line of the trail shows it. */
export function actorText(actor: AuditRecord['actor']): string {
  switch (actor.kind) {
    case 'partner':
      return `${actor.name} (partner system${actor.onBehalfOf ? ` for ${actor.onBehalfOf}` : ''})`;
    case 'system':
      return actor.name;
    case 'anonymous':
      return `${actor.name} (not signed in)`;
    default:
      return actor.name;
  }
}

/** Whether the portal did what was asked (2xx) or refused it. */
export const refused = (record: AuditRecord) => record.status >= 400;
