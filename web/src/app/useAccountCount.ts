import { useCallback, useEffect, useRef, useState } from 'react';
import { isAbortError } from '../api/client';
import { sameAccountId } from './paths';

/**
 * A number the header shows for the current account (cart lines, orders waiting for approval): read when the account
 * changes or on `refresh`, and told by pages that have just read it (`report`). A read that started before a report does not
 * overwrite what the report said. `count` is null while unknown, or for another account than the current one.
 */
export function useAccountCount(accountId: string | null, read: (accountId: string, signal: AbortSignal) => Promise<number>) {
  const [state, setState] = useState<{ accountId: string; count: number } | null>(null);
  const [reload, setReload] = useState(0);
  const reports = useRef(0);
  const reader = useRef(read);
  reader.current = read;

  useEffect(() => {
    if (!accountId) return;
    const controller = new AbortController();
    const reportsAtStart = reports.current;
    reader.current(accountId, controller.signal)
      .then((count) => {
        if (reports.current === reportsAtStart) setState({ accountId, count });
      })
      .catch((err: unknown) => {
        if (!isAbortError(err)) setState((prev) => (prev && sameAccountId(prev.accountId, accountId) ? prev : null));
      });
    return () => controller.abort();
  }, [accountId, reload]);

  const report = useCallback((reportedFor: string, count: number) => {
    reports.current += 1;
    setState({ accountId: reportedFor, count });
  }, []);

  const refresh = useCallback(() => setReload((n) => n + 1), []);
  const count = state && accountId && sameAccountId(state.accountId, accountId) ? state.count : null;
  return { count, report, refresh };
}
