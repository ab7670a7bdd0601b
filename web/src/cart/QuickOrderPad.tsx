import { useState, type FormEvent } from 'react';
import { importQuickOrder, type CartImport } from '../api/cart';
import { problemText } from '../shared/banners';

/** Quick order: `SKU quantity` per line, checked into a report before anything goes into the cart. */
export function QuickOrderPad({ accountId, onReport }: { accountId: string; onReport: (report: CartImport) => void }) {
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!text.trim() || busy) return;
    setBusy(true);
    setProblem(null);
    try {
      onReport(await importQuickOrder(accountId, text));
    } catch (err) {
      setProblem(problemText(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel quick-order">
      <h2>Quick order</h2>
      <form onSubmit={submit}>
        <label className="field" htmlFor="quick-order-text">
          <span>One SKU and quantity per line, like “PMP-1001 10”</span>
          <textarea
            id="quick-order-text"
            data-testid="quick-order-text"
            rows={5}
            value={text}
            placeholder={'PMP-1001 10\nVLV-2040 4'}
            spellCheck={false}
            autoCapitalize="characters"
            onChange={(e) => setText(e.target.value)}
          />
        </label>
        {problem && (
          <p className="field-error" role="alert" data-testid="quick-order-error">
            {problem}
          </p>
        )}
        <button type="submit" className="primary" data-testid="quick-order-submit" disabled={!text.trim() || busy}>
          {busy ? 'Checking…' : 'Check lines'}
        </button>
      </form>
    </section>
  );
}
