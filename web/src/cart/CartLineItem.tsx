import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Link } from 'react-router';
import { removeCartLine, replaceCartLine, setCartLine, warehouses, type Cart } from '../api/cart';
import type { OrderFinding, Suggestion } from '../api/findings';
import { paths } from '../app/paths';
import { problemText } from '../shared/banners';
import { FindingList } from '../shared/FindingList';
import { formatQuantity, parseQuantity } from '../shared/format';
import { lineValuesOf, sameLineValues, type CartRow, type LineValues } from './cartRows';
import { LineChecks } from './LineChecks';

interface Props {
  accountId: string;
  cart: Cart;
  row: CartRow;
  now: Date;
  onChanged: (cart: Cart) => void;
}

const quantityProblem = 'Enter a quantity greater than 0. To take the line out of the cart, use Remove.';

/** One cart line: quantity, note and warehouse saved as they change, its price and stock, and what the checks say of it. */
export function CartLineItem({ accountId, cart, row, now, onChanged }: Props) {
  const { line, check, findings } = row;
  const product = check?.product ?? null;
  const unit = product?.unitOfMeasure ?? '';
  const [quantityText, setQuantityText] = useState(() => String(line.quantity));
  const [note, setNote] = useState(line.note ?? '');
  const [warehouse, setWarehouse] = useState(line.warehouse ?? '');
  /** Saves under way (a note may be saved while a quantity still is). */
  const [saving, setSaving] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);
  /** What the server holds for the line, as far as this page knows: a save of the same values is skipped. */
  const saved = useRef<LineValues>(lineValuesOf(line));

  // The line changed on the server (a save, a fix applied, an import confirmed): show what it holds now, field by field,
  // so what the buyer is typing in another field stays.
  useEffect(() => {
    saved.current = lineValuesOf(line);
  }, [line.quantity, line.note, line.warehouse]);
  useEffect(() => setQuantityText(String(line.quantity)), [line.quantity]);
  useEffect(() => setNote(line.note ?? ''), [line.note]);
  useEffect(() => setWarehouse(line.warehouse ?? ''), [line.warehouse]);

  async function run(action: () => Promise<Cart>) {
    setSaving((n) => n + 1);
    setProblem(null);
    try {
      onChanged(await action());
    } catch (err) {
      saved.current = lineValuesOf(line);
      setProblem(problemText(err));
    } finally {
      setSaving((n) => n - 1);
    }
  }

  function save(patch: Partial<{ quantityText: string; note: string; warehouse: string }> = {}) {
    const quantity = parseQuantity(patch.quantityText ?? quantityText);
    if (quantity === null) {
      setProblem(quantityProblem);
      return;
    }
    const values = lineValuesOf({ quantity, note: patch.note ?? note, warehouse: patch.warehouse ?? warehouse });
    if (sameLineValues(values, saved.current)) {
      setProblem(null);
      return;
    }
    saved.current = values;
    void run(() => setCartLine(accountId, line.sku, values));
  }

  function saveOnEnter(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    save();
  }

  function apply(_finding: OrderFinding, suggestion: Suggestion) {
    if (suggestion.kind === 'quantity') {
      void run(() => setCartLine(accountId, line.sku, { ...lineValuesOf(line), quantity: suggestion.quantity }));
    } else if (suggestion.kind === 'sku') {
      void run(() => replaceCartLine(accountId, line, suggestion.sku, cart));
    }
  }

  const busy = saving > 0;
  const inputId = `line-${line.sku}`;

  return (
    <li className="cart-line" data-testid="cart-line" data-sku={line.sku} aria-busy={busy}>
      <div className="cart-line-head">
        <Link to={paths.product(accountId, line.sku)} className="sku" data-testid="line-sku">
          {line.sku}
        </Link>
        <span className="cart-line-name" data-testid="line-name">
          {product?.name ?? <span className="muted">Not in your catalog</span>}
        </span>
        {unit && (
          <span className="muted small" data-testid="line-unit">
            Unit: {unit}
            {product && product.minimumOrderQuantity > 1 && ` · minimum ${formatQuantity(product.minimumOrderQuantity)}`}
            {product && product.packSize > 1 && ` · packs of ${formatQuantity(product.packSize)}`}
          </span>
        )}
      </div>

      <div className="cart-line-fields">
        <label className="field field-qty" htmlFor={`${inputId}-quantity`}>
          <span>Quantity{unit && ` (${unit})`}</span>
          <input
            id={`${inputId}-quantity`}
            data-testid="line-quantity"
            inputMode="decimal"
            autoComplete="off"
            value={quantityText}
            onChange={(e) => setQuantityText(e.target.value)}
            onBlur={() => save()}
            onKeyDown={saveOnEnter}
          />
        </label>
        <label className="field" htmlFor={`${inputId}-warehouse`}>
          <span>Ship from</span>
          <select
            id={`${inputId}-warehouse`}
            data-testid="line-warehouse"
            value={warehouse}
            onChange={(e) => {
              setWarehouse(e.target.value);
              save({ warehouse: e.target.value });
            }}
          >
            <option value="">Best available</option>
            {warehouses.map((w) => (
              <option key={w.code} value={w.code}>
                {w.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field cart-line-note" htmlFor={`${inputId}-note`}>
          <span>Note (optional)</span>
          <input
            id={`${inputId}-note`}
            data-testid="line-note"
            autoComplete="off"
            maxLength={500}
            value={note}
            placeholder="For example a cost centre or machine"
            onChange={(e) => setNote(e.target.value)}
            onBlur={() => save()}
            onKeyDown={saveOnEnter}
          />
        </label>
      </div>

      <LineChecks check={check} unit={unit} now={now} />

      <FindingList findings={findings} testId="line-finding" onApply={apply} canApply={(s) => s.kind !== 'date'} disabled={busy} />

      {problem && (
        <p className="field-error" role="alert" data-testid="line-error">
          {problem}
        </p>
      )}

      <div className="cart-line-actions">
        {busy && <span className="muted small">Saving…</span>}
        <button type="button" data-testid="line-remove" disabled={busy} onClick={() => run(() => removeCartLine(accountId, line.sku))}>
          Remove
        </button>
      </div>
    </li>
  );
}
