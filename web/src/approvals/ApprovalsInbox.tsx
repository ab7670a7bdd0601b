import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { canApprove } from '../api/accounts';
import { getApprovalInbox, type ApprovalInbox, type ApprovalInboxItem } from '../api/approvals';
import { isAbortError } from '../api/client';
import { useApprovalCount } from '../app/ApprovalCount';
import { paths } from '../app/paths';
import { useAccount } from '../app/PortalContext';
import { ErrorBanner, toBanner, type Banner } from '../shared/banners';
import { formatDateTime, formatMoney } from '../shared/format';
import { stepText } from './approvalText';
import type { ReviewLinkState } from './reviewLink';

/** The approver's inbox (`…/approvals`): orders of the account and the units below it waiting for the user's decision. */
export function ApprovalsInbox() {
  const access = useAccount();
  const { accountId } = access;
  const { report } = useApprovalCount();
  const decides = canApprove(access);
  const [inbox, setInbox] = useState<ApprovalInbox | null>(null);
  const [error, setError] = useState<Banner | null>(null);
  const [reload, setReload] = useState(0);

  useEffect(() => {
    if (!decides) return;
    const controller = new AbortController();
    setError(null);
    getApprovalInbox(accountId, controller.signal)
      .then((next) => {
        setInbox(next);
        report(accountId, next.items.length);
      })
      .catch((err: unknown) => {
        if (!isAbortError(err)) setError(toBanner(err));
      });
    return () => controller.abort();
  }, [accountId, decides, reload, report]);

  return (
    <div className="approvals-page" data-testid="approvals-inbox">
      <div className="page-head">
        <h1>Approvals</h1>
        {decides && (
          <button type="button" className="link-button" data-testid="approvals-refresh" onClick={() => setReload((n) => n + 1)}>
            Refresh
          </button>
        )}
      </div>
      {!decides && (
        <section className="panel" role="status" data-testid="approvals-not-allowed">
          <p>You decide no orders for {access.name}. Approvers, validators and platform administrators do.</p>
        </section>
      )}
      {error && <ErrorBanner error={error} onRetry={() => setReload((n) => n + 1)} />}
      {decides && !inbox && !error && <p className="muted">Loading the orders waiting for you…</p>}
      {inbox && inbox.items.length === 0 && (
        <section className="panel" data-testid="approvals-empty">
          <p>No orders wait for your decision. Orders that need it appear here as soon as they are placed.</p>
        </section>
      )}
      {inbox && inbox.items.length > 0 && (
        <ul className="approval-list">
          {inbox.items.map((item) => (
            <li key={item.orderId}>
              <InboxCard item={item} inboxAccountId={accountId} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** One waiting order as a card that opens its review (under the order's own account, which may be a unit below). */
function InboxCard({ item, inboxAccountId }: { item: ApprovalInboxItem; inboxAccountId: string }) {
  const state: ReviewLinkState = { inboxAccountId };
  return (
    <Link
      to={paths.approval(item.accountId, item.orderId)}
      state={state}
      className="approval-card"
      data-testid="approval-item"
      data-order-id={item.orderId}
    >
      <div className="card-head">
        <strong className="order-number" data-testid="approval-item-number">
          {item.number}
        </strong>
        <strong className="price-amount" data-testid="approval-item-total">
          {formatMoney(item.netAmount, item.currency)}
        </strong>
      </div>
      <div className="approval-card-who">
        <span data-testid="approval-item-account">{item.accountName}</span> · placed by{' '}
        <span data-testid="approval-item-placed-by">{item.placedBy}</span>
        {item.purchaseOrderNumber && <> · PO {item.purchaseOrderNumber}</>}
      </div>
      <div className="approval-card-step" data-testid="approval-item-step">
        {stepText(item.step, item.stepCount)}
      </div>
      <div className="muted small">
        {item.lineCount === 1 ? '1 line' : `${item.lineCount} lines`} · placed{' '}
        <time dateTime={item.placedAt}>{formatDateTime(item.placedAt)}</time> · expires{' '}
        <time dateTime={item.expiresAt} data-testid="approval-item-expires">
          {formatDateTime(item.expiresAt)}
        </time>
      </div>
    </Link>
  );
}
