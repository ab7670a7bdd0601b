import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { getApprovalInbox } from '../api/approvals';
import { useAccountCount } from './useAccountCount';

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
  const { count, report, refresh } = useAccountCount(accountId, async (id, signal) => (await getApprovalInbox(id, signal)).items.length);
  const value = useMemo<ApprovalCount>(() => ({ waiting: count, report, refresh }), [count, report, refresh]);
  return <ApprovalCountContext.Provider value={value}>{children}</ApprovalCountContext.Provider>;
}
