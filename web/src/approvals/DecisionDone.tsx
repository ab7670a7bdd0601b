import { Link } from 'react-router';
import type { Order } from '../api/orders';
import { paths } from '../app/paths';
import { statusClass } from '../orders/orderText';
import { decisionResult } from './approvalText';

/** The answer to a decision: what became of the order, with the ways back to the inbox and on to the order. */
export function DecisionDone({ order, inboxAccountId }: { order: Order; inboxAccountId: string }) {
  const rejected = order.status === 'Cancelled';
  return (
    <section className="panel" role="status" data-testid="approval-done" data-status={order.status}>
      <div className="panel-head">
        <h1>{rejected ? 'Rejected' : 'Approved'}</h1>
        <span className={statusClass(order.status)} data-testid="approval-done-status">
          {order.status}
        </span>
      </div>
      <p>{decisionResult(order)}</p>
      <div className="button-row">
        <Link className="button primary" to={paths.approvals(inboxAccountId)} data-testid="approval-done-inbox">
          Back to the orders waiting for you
        </Link>
        <Link className="button" to={paths.order(order.accountId, order.id)} data-testid="approval-done-order">
          Open order {order.number}
        </Link>
      </div>
    </section>
  );
}
