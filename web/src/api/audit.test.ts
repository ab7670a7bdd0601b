import { afterEach, describe, expect, it, vi } from 'vitest';
import { actorText, auditExportUrl, auditQuery, changeText, getAuditPage, verifyAudit } from './audit';
import { stubFetch } from './fetchStub';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('audit calls', () => {
  it('send only the filters that are set, times as ISO 8601, and the cursor of the page before', async () => {
    const { calls } = stubFetch({ records: [], next: null });

    await getAuditPage('a 1', { actor: ' Anna ', action: '', target: 'ORD-7', from: '2026-12-07T09:30' }, 'c1');
    await verifyAudit('a 1');

    const [list, verification] = calls();
    const url = new URL(list.url, 'http://portal');
    expect(url.pathname).toBe('/api/v1/accounts/a%201/audit');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      actor: 'Anna',
      target: 'ORD-7',
      from: new Date('2026-12-07T09:30').toISOString(),
      before: 'c1',
    });
    expect(verification.url).toBe('/api/v1/accounts/a%201/audit/verification');
  });

  it('leave out a time the input could not read, and give the export the same filters', () => {
    expect(auditQuery({ from: 'not a time', action: 'order.' })).toBe('?action=order.');
    expect(auditExportUrl('a1', { target: 'x y' })).toBe('/api/v1/accounts/a1/audit/export?target=x+y');
    expect(auditQuery({})).toBe('');
  });
});

describe('audit text', () => {
  it('reads a change with its missing side as a dash', () => {
    expect(changeText({ field: 'processStatus', before: null, after: 'Submitted' })).toBe('processStatus: – → Submitted');
  });

  it('names a partner system with the account it acts for, and an anonymous attempt as such', () => {
    expect(actorText({ kind: 'partner', id: 'erp', name: 'Acme ERP', onBehalfOf: 'Acme Industrial' })).toBe('Acme ERP (partner system for Acme Industrial)');
    expect(actorText({ kind: 'anonymous', id: null, name: 'who@x.example', onBehalfOf: null })).toBe('who@x.example (not signed in)');
    expect(actorText({ kind: 'user', id: 'u1', name: 'Anna', onBehalfOf: null })).toBe('Anna');
  });
});
