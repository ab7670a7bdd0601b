import type { CreditStatus } from '../api/orders';
import { formatMoney } from './format';

/**
 * The company's credit as the checks see it: what is still available, the limit, and a hold with whom to call; `detailed`
 * adds what uses the limit (the ERP's open receivables and the portal's orders not invoiced yet), for an approver.
 */
export function CreditSummary({ credit, detailed = false }: { credit: CreditStatus; detailed?: boolean }) {
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
      {detailed && (
        <>
          <div>
            <dt>Open receivables</dt>
            <dd data-testid="credit-open-receivables">{formatMoney(credit.openReceivables, credit.currency)}</dd>
          </div>
          <div>
            <dt>Ordered, not yet invoiced</dt>
            <dd data-testid="credit-not-invoiced">{formatMoney(credit.notYetInvoiced, credit.currency)}</dd>
          </div>
        </>
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
