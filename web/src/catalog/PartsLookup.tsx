import { useEffect, useState, type FormEvent } from 'react';
import { getEquipmentParts, type EquipmentParts } from '../api/catalog';
import { ApiError, isAbortError } from '../api/client';
import { ServicePartsTable } from './ServicePartsTable';
import { ErrorBanner, LinkButton, toBanner, type Banner } from './shared';

interface Props {
  accountId: string;
  /** The model looked up (empty: nothing yet). Mount with `key={model}`. */
  model: string;
  onModel: (model: string) => void;
  onOpenProduct: (sku: string) => void;
}

/** Service parts by equipment model (as on the machine's type plate), limited to the account's catalog. */
export function PartsLookup({ accountId, model, onModel, onOpenProduct }: Props) {
  const [text, setText] = useState(model);
  const [result, setResult] = useState<EquipmentParts | null>(null);
  const [notFound, setNotFound] = useState(false);
  const [error, setError] = useState<Banner | null>(null);
  const [reload, setReload] = useState(0);

  useEffect(() => {
    if (!model) return;
    const controller = new AbortController();
    setResult(null);
    setNotFound(false);
    setError(null);
    getEquipmentParts(accountId, model, controller.signal)
      .then(setResult)
      .catch((err: unknown) => {
        if (isAbortError(err)) return;
        if (err instanceof ApiError && err.status === 404) setNotFound(true);
        else setError(toBanner(err));
      });
    return () => controller.abort();
  }, [accountId, model, reload]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next = text.trim();
    if (!next) return;
    if (next === model) setReload((n) => n + 1);
    else onModel(next);
  }

  const loading = Boolean(model) && !result && !notFound && !error;

  return (
    <div className="parts-lookup">
      <section className="panel">
        <h2>Service parts</h2>
        <p className="muted">Enter the model of your machine, as on its type plate (for example CP-50), to see its spare parts.</p>
        <form className="parts-form" onSubmit={submit}>
          <label className="field">
            <span>Equipment model</span>
            <input
              data-testid="parts-model"
              value={text}
              placeholder="CP-50"
              autoComplete="off"
              autoCapitalize="characters"
              enterKeyHint="search"
              onChange={(e) => setText(e.target.value)}
            />
          </label>
          <button type="submit" className="primary" data-testid="parts-submit" disabled={!text.trim()}>
            Show parts
          </button>
        </form>
      </section>

      {error && <ErrorBanner error={error} onRetry={() => setReload((n) => n + 1)} />}
      {loading && <p className="muted">Loading parts…</p>}
      {notFound && (
        <div className="panel" role="status" data-testid="parts-not-found">
          <strong>We could not find equipment model “{model}” in your catalog.</strong>
          <p className="muted">Check the spelling on the type plate, or ask your sales contact for the parts list.</p>
        </div>
      )}
      {result && (
        <section className="panel" data-testid="parts-result" data-model={result.equipmentModel}>
          <h2>
            Parts of {result.equipmentModel}
            {result.equipmentName && <span className="muted"> · {result.equipmentName}</span>}
          </h2>
          {result.equipmentSku && (
            <p>
              Equipment:{' '}
              <LinkButton testId="parts-equipment-link" onClick={() => onOpenProduct(result.equipmentSku!)}>
                {result.equipmentSku}
              </LinkButton>
            </p>
          )}
          <ServicePartsTable parts={result.parts} testId="parts-table" onOpenProduct={onOpenProduct} />
        </section>
      )}
    </div>
  );
}
