import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { getApprovalInbox } from '../api/approvals';
import { isAbortError } from '../api/client';
import { sameAccountId } from './paths';

interface ApprovalCount {
  /** Orders waiting for the user's decision in the header's account; null while unknown or not an approver there. */
  waiting: number | null;
  /** Tells the header about an inbox a page has just read. */
  report: (accountId: string, waiting: number) => void;
  /** Reads the inbox again (after a decision, say). */
  refresh: () => void;
}

const ApprovalCountContext = createContext<ApprovalCount>({ waiting: null, report: () => {}, refresh: () => {} });

export const useApprovalCount = () => useContext(ApprovalCountContext);

/**
 * Keeps the header's count of orders waiting for the user's decision. `accountId` is null where the user decides nothing,
 * so no inbox is read there; the inbox is read when the account changes, and pages report every inbox they read.
 */
export function ApprovalCountProvider({ accountId, children }: { accountId: string | null; children: ReactNode }) {
  const [state, setState] = useState<{ accountId: string; waiting: number } | null>(null);
  const [reload, setReload] = useState(0);
  /** Goes up with every report, so a read that started before it does not overwrite what it said. */
  const reports = useRef(0);

  useEffect(() => {
    if (!accountId) return;
    const controller = new AbortController();
    const reportsAtStart = reports.current;
    getApprovalInbox(accountId, controller.signal)
      .then((inbox) => {
        if (reports.current === reportsAtStart) setState({ accountId, waiting: inbox.items.length });
      })
      .catch((err: unknown) => {
        if (!isAbortError(err)) setState((prev) => (prev && sameAccountId(prev.accountId, accountId) ? prev : null));
      });
    return () => controller.abort();
  }, [accountId, reload]);

  const report = useCallback((reportedFor: string, waiting: number) => {
    reports.current += 1;
    setState({ accountId: reportedFor, waiting });
  }, []);

  const refresh = useCallback(() => setReload((n) => n + 1), []);

  const value = useMemo<ApprovalCount>(
    () => ({
      waiting: state && accountId && sameAccountId(state.accountId, accountId) ? state.waiting : null,
      report,
      refresh,
    }),
    [state, accountId, report, refresh],
  );

  return <ApprovalCountContext.Provider value={value}>{children}</ApprovalCountContext.Provider>;
}
