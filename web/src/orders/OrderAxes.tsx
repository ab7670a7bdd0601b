import type { Order, OrderAxis } from '../api/orders';
import { axisHint, axisName, statusClass } from './orderText';

/** Where the order stands on each of its three axes, which do not move in step: the process, the approval, the payment. */
export function OrderAxes({ order }: { order: Pick<Order, 'status' | 'validationStatus' | 'paymentStatus'> }) {
  const axes: [OrderAxis, string][] = [
    ['process', order.status],
    ['validation', order.validationStatus],
    ['payment', order.paymentStatus],
  ];
  return (
    <ul className="order-axes" aria-label="Where the order stands">
      {axes.map(([axis, state]) => (
        <li key={axis}>
          <span className="order-axis-name">{axisName(axis)}</span>
          <span className={statusClass(state)} data-testid={`order-axis-${axis}`}>
            {state}
          </span>
          <span className="muted small">{axisHint(axis, state)}</span>
        </li>
      ))}
    </ul>
  );
}
