import { useState } from 'react';
import { confirmCartImport, type Cart, type CartImport, type ImportRow } from '../api/cart';
import { problemText } from '../shared/banners';
import { formatDateTime, formatQuantity } from '../shared/format';
import { hasSuggestion, linesToAdd, outcomeText, rowSuggestionLabel, suggestionsToUse } from './imports';

interface Props {
  accountId: string;
  report: CartImport;
  onConfirmed: (cart: Cart, added: number) => void;
  onCancel: () => void;
}

const sourceNames: Record<string, string> = { csv: 'CSV file', 'quick-order': 'Quick order', reorder: 'Reorder' };

/** What an import would put in the cart, row by row; nothing goes in until the buyer confirms it here. */
export function ImportReport({ accountId, report, onConfirmed, onCancel }: Props) {
  const [chosen, setChosen] = useState<ReadonlySet<number>>(() => new Set());
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const count = linesToAdd(report, chosen);
  const pending = report.status === 'pending';
  const { summary } = report;

  function toggle(row: number, on: boolean) {
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(row);
      else next.delete(row);
      return next;
    });
  }

  async function confirm() {
    setBusy(true);
    setProblem(null);
    try {
      onConfirmed(await confirmCartImport(accountId, report.id, suggestionsToUse(report, chosen)), count);
    } catch (err) {
      setProblem(problemText(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel import-report" data-testid="import-report" data-import-id={report.id} aria-labelledby="import-report-title">
      <h2 id="import-report-title">{sourceNames[report.source] ?? 'Import'}: check the lines before they go into your cart</h2>
      <p className="import-summary" data-testid="import-summary">
        {summary.rows} {summary.rows === 1 ? 'row' : 'rows'}: <strong>{summary.accepted} ready</strong>
        {summary.fixable > 0 && `, ${summary.fixable} with a suggested fix`}
        {summary.rejected > 0 && `, ${summary.rejected} cannot be added`}
        {summary.merged > 0 && `, ${summary.merged} merged into an earlier row`}.
        {pending && <span className="muted"> Confirm by {formatDateTime(report.expiresAt)}.</span>}
      </p>
      {!pending && (
        <p className="banner banner-info" data-testid="import-applied">
          These lines are in your cart already.
        </p>
      )}

      <ol className="import-rows">
        {report.rows.map((row) => (
          <ImportRowItem
            key={row.row}
            row={row}
            chosen={chosen.has(row.row)}
            disabled={!pending || busy}
            onToggle={(on) => toggle(row.row, on)}
          />
        ))}
      </ol>

      {problem && (
        <p className="field-error" role="alert" data-testid="import-error">
          {problem}
        </p>
      )}
      <div className="button-row">
        {pending && (
          <button type="button" className="primary" data-testid="import-confirm" disabled={busy || count === 0} onClick={confirm}>
            {busy ? 'Adding…' : `Add ${count} ${count === 1 ? 'line' : 'lines'} to cart`}
          </button>
        )}
        <button type="button" data-testid="import-cancel" disabled={busy} onClick={onCancel}>
          {pending ? 'Cancel' : 'Close'}
        </button>
      </div>
    </section>
  );
}

function ImportRowItem({ row, chosen, disabled, onToggle }: { row: ImportRow; chosen: boolean; disabled: boolean; onToggle: (on: boolean) => void }) {
  const label = hasSuggestion(row) && row.outcome !== 'accepted' ? rowSuggestionLabel(row) : null;
  const tone = row.outcome === 'accepted' ? 'ok' : label ? 'fixable' : row.outcome === 'duplicate-merged' ? 'merged' : 'rejected';
  return (
    <li className={`import-row import-row-${tone}`} data-testid="import-row" data-row={row.row} data-outcome={row.outcome}>
      <div className="import-row-head">
        <span className="muted small">Row {row.row}</span>
        <span className="sku" data-testid="import-row-sku">
          {row.sku ?? '—'}
        </span>
        <span data-testid="import-row-quantity">{row.quantity !== null ? `× ${formatQuantity(row.quantity)}` : ''}</span>
        <span className={`outcome outcome-${tone}`} data-testid="import-row-outcome">
          {outcomeText(row)}
        </span>
      </div>
      {row.message && <p className="import-row-message">{row.message}</p>}
      {row.warnings.length > 0 && (
        <ul className="plain-list small import-row-warnings">
          {row.warnings.map((warning, i) => (
            <li key={i} data-testid="import-row-warning">
              {warning}
            </li>
          ))}
        </ul>
      )}
      {label && (
        <label className="check-field">
          <input type="checkbox" data-testid="use-suggestion" checked={chosen} disabled={disabled} onChange={(e) => onToggle(e.target.checked)} />
          {label}
        </label>
      )}
    </li>
  );
}
