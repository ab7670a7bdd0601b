import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { getEquipmentParts, type EquipmentParts } from '../api/catalog';
import { ApiError, isAbortError } from '../api/client';
import { paths } from '../app/paths';
import { useAccount } from '../app/PortalContext';
import { ErrorBanner, toBanner, type Banner } from '../shared/banners';
import type { ProductLinkState } from './catalogArea';
import { ServicePartsTable } from './ServicePartsTable';

const backToParts: ProductLinkState = { backLabel: 'Back to service parts' };

/** Service parts (`…/catalog/parts/:model`); each model looked up starts afresh. */
export function PartsLookup() {
  const { model = '' } = useParams();
  return <PartsLookupOf key={model} model={model} />;
}

/** Service parts by equipment model (as on the machine's type plate), limited to the account's catalog. */
function PartsLookupOf({ model }: { model: string }) {
  const { accountId } = useAccount();
  const navigate = useNavigate();
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
    else navigate(paths.parts(accountId, next));
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
              <Link to={paths.product(accountId, result.equipmentSku)} state={backToParts} data-testid="parts-equipment-link">
                {result.equipmentSku}
              </Link>
            </p>
          )}
          <ServicePartsTable accountId={accountId} parts={result.parts} testId="parts-table" linkState={backToParts} />
        </section>
      )}
    </div>
  );
}
