import { useEffect, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { approveOrder, getApprovalReview, rejectOrder, reviewOf, type ApprovalReview } from '../api/approvals';
import { ApiError } from '../api/client';
import type { Order } from '../api/orders';
import { useApprovalCount } from '../app/ApprovalCount';
import { paths } from '../app/paths';
import { useAccount } from '../app/PortalContext';
import { ErrorBanner, problemText, toBanner, type Banner } from '../shared/banners';
import { DecisionBar } from './DecisionBar';
import { DecisionDone } from './DecisionDone';
import { inboxAccountOf } from './reviewLink';
import { ReviewDetails } from './ReviewDetails';

/** One order to decide (`…/approvals/:orderId`); each order starts afresh. */
export function ApprovalReviewPage() {
  const { orderId = '' } = useParams();
  return <ApprovalReviewOf key={orderId} orderId={orderId} />;
}

/** Why the order cannot be reviewed: it is not there for this account, or it waits for no decision anymore. */
interface Unavailable {
  kind: 'not-found' | 'not-waiting';
  detail: string;
}

/**
 * An order waiting for the user's decision, checked again now, with the decision: approve the total shown, or reject with
 * a reason. An approval refused because the order changed meanwhile brings the fresh review, shown with what changed.
 */
function ApprovalReviewOf({ orderId }: { orderId: string }) {
  const { accountId } = useAccount();
  const location = useLocation();
  const inboxAccountId = inboxAccountOf(location.state) ?? accountId;
  const approvalCount = useApprovalCount();
  const [review, setReview] = useState<ApprovalReview | null>(null);
  const [unavailable, setUnavailable] = useState<Unavailable | null>(null);
  const [error, setError] = useState<Banner | null>(null);
  const [reload, setReload] = useState(0);
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  /** Why the review was replaced by a fresher one: the order changed since the approver looked. */
  const [changed, setChanged] = useState<Banner | null>(null);
  const [done, setDone] = useState<Order | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    setError(null);
    getApprovalReview(accountId, orderId, controller.signal)
      .then(setReview)
      .catch((err: unknown) => {
        if (controller.signal.aborted) return;
        if (err instanceof ApiError && (err.status === 404 || err.status === 400)) {
          setUnavailable({ kind: 'not-found', detail: 'This account has no such order waiting. It may belong to another account of yours.' });
        } else if (err instanceof ApiError && err.status === 409) {
          setUnavailable({ kind: 'not-waiting', detail: problemText(err) });
        } else {
          setError(toBanner(err));
        }
      });
    return () => controller.abort();
  }, [accountId, orderId, reload]);

  async function decide(decision: () => Promise<Order>) {
    setSending(true);
    setProblem(null);
    try {
      setDone(await decision());
      approvalCount.refresh();
      window.scrollTo({ top: 0 });
    } catch (err) {
      const fresh = reviewOf(err);
      if (fresh && err instanceof ApiError && err.status === 409) {
        setReview(fresh);
        setChanged(toBanner(err));
        window.scrollTo({ top: 0 });
      } else {
        if (fresh) setReview(fresh);
        setProblem(problemText(err));
      }
    } finally {
      setSending(false);
    }
  }

  return (
    <div className="approval-page">
      <Link to={paths.approvals(inboxAccountId)} className="back-link" data-testid="approval-back">
        ← Orders waiting for you
      </Link>

      {done && <DecisionDone order={done} inboxAccountId={inboxAccountId} />}
      {!done && (
        <>
          {error && <ErrorBanner error={error} onRetry={() => setReload((n) => n + 1)} />}
          {unavailable && (
            <section className="panel" role="status" data-testid={`approval-${unavailable.kind}`}>
              <h1>{unavailable.kind === 'not-found' ? 'Order not found' : 'Nothing to decide'}</h1>
              <p>{unavailable.detail}</p>
              {unavailable.kind === 'not-waiting' && <Link to={paths.order(accountId, orderId)}>Open the order</Link>}
            </section>
          )}
          {!review && !unavailable && !error && <p className="muted">Checking the order again…</p>}
          {changed && (
            <div className="banner banner-warning" role="alert" data-testid="approval-changed">
              <div>
                <strong>{changed.title}</strong>
                {changed.detail && <p>{changed.detail}</p>}
                <p>Below is the order as it stands now. Approve it again if it is still right.</p>
              </div>
              <button type="button" className="banner-close" aria-label="Dismiss" onClick={() => setChanged(null)}>
                ×
              </button>
            </div>
          )}
          {review && (
            <>
              <ReviewDetails review={review} />
              {review.canDecide ? (
                <DecisionBar
                  total={review.currentTotal}
                  currency={review.order.currency}
                  sending={sending}
                  problem={problem}
                  onApprove={() => decide(() => approveOrder(accountId, orderId, review.currentTotal))}
                  onReject={(reason) => decide(() => rejectOrder(accountId, orderId, reason))}
                />
              ) : (
                <div className="banner banner-info" role="status" data-testid="approval-cannot-decide">
                  <div>
                    <strong>You cannot decide this order</strong>
                    <p>{review.cannotDecideReason ?? 'Someone else decides this step.'}</p>
                  </div>
                </div>
              )}
            </>
          )}
        </>
      )}
    </div>
  );
}
