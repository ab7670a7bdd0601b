import type { CreditStatus } from '../api/orders';
import { formatMoney } from './format';

/** The company's credit as the checks see it: what is still available, the limit, and a hold with whom to call. */
export function CreditSummary({ credit }: { credit: CreditStatus }) {
  return (
    <dl className="summary-list" data-testid="credit">
      <div>
        <dt>Credit available</dt>
        <dd data-testid="credit-available">
          {credit.available === null ? 'No limit set' : formatMoney(credit.available, credit.currency)}
        </dd>
      </div>
      {credit.creditLimit !== null && (
        <div>
          <dt>Credit limit</dt>
          <dd data-testid="credit-limit">{formatMoney(credit.creditLimit, credit.currency)}</dd>
        </div>
      )}
      {credit.onHold && (
        <div className="credit-hold" data-testid="credit-hold">
          <dt>On hold</dt>
          <dd>
            {credit.holdReason ?? 'Your company’s account is on credit hold.'}
            {credit.creditContact && ` Contact ${credit.creditContact}.`}
          </dd>
        </div>
      )}
    </dl>
  );
}
