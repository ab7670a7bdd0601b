import type { Invoice } from '../api/orders';
import { formatDate, formatDateTime, formatMoney } from '../shared/format';

interface Props {
  invoices: Invoice[];
  invoicedAmount: number;
  paidAmount: number;
  currency: string;
}

/** The order's invoices with what is paid on each, and which are past their due date. */
export function OrderInvoices({ invoices, invoicedAmount, paidAmount, currency }: Props) {
  return (
    <section className="panel" data-testid="order-invoices">
      <h2>Invoices</h2>
      <table className="orders-table">
        <thead>
          <tr>
            <th scope="col">Invoice</th>
            <th scope="col">Issued</th>
            <th scope="col">Due</th>
            <th scope="col" className="num">
              Amount
            </th>
            <th scope="col" className="num">
              Paid
            </th>
          </tr>
        </thead>
        <tbody>
          {invoices.map((invoice) => (
            <tr key={invoice.number} data-testid="order-invoice" data-invoice={invoice.number} data-overdue={String(invoice.overdue)}>
              <td data-label="Invoice" className="order-number">
                {invoice.number}
                {invoice.overdue && (
                  <span className="badge badge-overdue" data-testid="invoice-overdue">
                    overdue
                  </span>
                )}
              </td>
              <td data-label="Issued">
                <time dateTime={invoice.issuedAt}>{formatDateTime(invoice.issuedAt)}</time>
              </td>
              <td data-label="Due" data-testid="invoice-due">
                {invoice.dueDate ? formatDate(invoice.dueDate) : '—'}
              </td>
              <td data-label="Amount" className="num" data-testid="invoice-amount">
                {formatMoney(invoice.amount, invoice.currency)}
              </td>
              <td data-label="Paid" className="num" data-testid="invoice-paid">
                {formatMoney(invoice.paidAmount, invoice.currency)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl className="summary-list invoice-totals">
        <div>
          <dt>Invoiced</dt>
          <dd data-testid="order-invoiced">{formatMoney(invoicedAmount, currency)}</dd>
        </div>
        <div>
          <dt>Paid</dt>
          <dd data-testid="order-paid">{formatMoney(paidAmount, currency)}</dd>
        </div>
      </dl>
    </section>
  );
}
