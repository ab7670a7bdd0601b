import { useEffect, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { getProduct, isDiscontinued, safeUrl, type MediaLink, type ProductPage } from '../api/catalog';
import { ApiError, isAbortError } from '../api/client';
import { paths } from '../app/paths';
import { useAccount } from '../app/PortalContext';
import { ErrorBanner, MissingBanner, toBanner, type Banner } from '../shared/banners';
import { formatAsOf, formatQuantity } from '../shared/format';
import { LinkButton } from '../shared/LinkButton';
import { useNow } from '../shared/useNow';
import { backLabelOf, type ProductLinkState } from './catalogArea';
import { PriceBlock } from './PriceBlock';
import { ServicePartsTable } from './ServicePartsTable';

const mediaKinds: Record<string, string> = { datasheet: 'Datasheet', drawing: 'Drawing', image: 'Image', cad: 'CAD model' };

/** A product page (`…/catalog/products/:sku`); each SKU starts afresh (quantity, price). */
export function ProductView() {
  const { sku = '' } = useParams();
  return <ProductViewOf key={sku} sku={sku} />;
}

/** One product of the account's catalog: details, price for a quantity, stock, successor, equipment and parts. */
function ProductViewOf({ sku }: { sku: string }) {
  const { accountId } = useAccount();
  const navigate = useNavigate();
  const location = useLocation();
  const backLabel = backLabelOf(location.state);
  const [page, setPage] = useState<ProductPage | null>(null);
  const [notFound, setNotFound] = useState<string | null>(null);
  const [error, setError] = useState<Banner | null>(null);
  const [reload, setReload] = useState(0);
  const now = useNow();

  useEffect(() => {
    const controller = new AbortController();
    setPage(null);
    setNotFound(null);
    setError(null);
    getProduct(accountId, sku, controller.signal)
      .then(setPage)
      .catch((err: unknown) => {
        if (isAbortError(err)) return;
        if (err instanceof ApiError && err.status === 404) setNotFound(err.detail ?? `No product with SKU ${sku} in your catalog.`);
        else setError(toBanner(err));
      });
    return () => controller.abort();
  }, [accountId, sku, reload]);

  return (
    <div className="product-page" data-testid="product-page" data-sku={sku}>
      {backLabel ? (
        <LinkButton testId="product-back" className="back-link" onClick={() => navigate(-1)}>
          ← {backLabel}
        </LinkButton>
      ) : (
        <Link to={paths.catalog(accountId)} data-testid="product-back" className="back-link">
          ← Back to catalog
        </Link>
      )}

      {error && <ErrorBanner error={error} onRetry={() => setReload((n) => n + 1)} />}
      {notFound && (
        <div className="panel" role="status" data-testid="product-not-found">
          <h1>Product not found</h1>
          <p>{notFound}</p>
        </div>
      )}
      {!page && !notFound && !error && <p className="muted">Loading product…</p>}
      {page && <ProductDetailsView accountId={accountId} page={page} now={now} />}
    </div>
  );
}

function ProductDetailsView({ accountId, page, now }: { accountId: string; page: ProductPage; now: Date }) {
  const { product: details, successor } = page;
  const product = details.summary;
  const unit = product.unitOfMeasure;
  const stock = product.availability;
  const asOf = formatAsOf(stock.asOf, now);
  const attributes = Object.entries(details.attributes ?? {});
  const backHere: ProductLinkState = { backLabel: `Back to ${product.sku}` };

  return (
    <>
      <MissingBanner missing={page.missing} testId="product-missing" />

      <section className="panel product-head">
        <p className="muted category-path" data-testid="product-category">
          {product.categoryPath.split('/').filter(Boolean).join(' › ')}
        </p>
        <h1 data-testid="product-name">{product.name}</h1>
        <p className="product-sku">
          SKU <strong data-testid="product-sku">{product.sku}</strong>
          {isDiscontinued(product.lifecycle) && <span className="badge badge-discontinued">Discontinued</span>}
        </p>

        {isDiscontinued(product.lifecycle) && (
          <div className="banner banner-warning" role="note" data-testid="discontinued-notice">
            <div>
              <strong>This product is discontinued.</strong>
              {successor ? (
                <p>
                  <Link to={paths.product(accountId, successor.sku)} state={backHere} data-testid="successor-link">
                    Replaced by {successor.sku} {successor.name}
                  </Link>
                </p>
              ) : (
                product.successorSku && <p>Its successor {product.successorSku} is not in your catalog. Ask your sales contact.</p>
              )}
            </div>
          </div>
        )}

        {details.description && <p className="description">{details.description}</p>}

        <dl className="facts">
          <div>
            <dt>Unit</dt>
            <dd>{unit}</dd>
          </div>
          <div>
            <dt>Pack size</dt>
            <dd>{formatQuantity(product.packSize)}</dd>
          </div>
          <div>
            <dt>Pallet</dt>
            <dd>{formatQuantity(product.palletQuantity)}</dd>
          </div>
          <div>
            <dt>MOQ</dt>
            <dd>{formatQuantity(product.minimumOrderQuantity)}</dd>
          </div>
        </dl>
      </section>

      <div className="product-columns">
        <PriceBlock accountId={accountId} product={product} initialPrice={page.price} />

        <section className="panel">
          <h2>Stock</h2>
          <p data-testid="stock-as-of">
            {stock.totalQuantity > 0 ? (
              <strong className="in-stock">
                {formatQuantity(stock.totalQuantity)} {unit} in stock
              </strong>
            ) : (
              <strong className="out-of-stock">Out of stock</strong>
            )}
            {asOf ? <span className="muted"> · {asOf}</span> : <span className="muted"> · not confirmed by any warehouse</span>}
          </p>
          <div className="table-scroll">
            <table className="data-table" data-testid="stock-table">
              <thead>
                <tr>
                  <th scope="col">Warehouse</th>
                  <th scope="col" className="num">
                    Quantity
                  </th>
                  <th scope="col">Confirmed</th>
                </tr>
              </thead>
              <tbody>
                {stock.warehouses.length === 0 && (
                  <tr className="empty-row">
                    <td colSpan={3}>No warehouse holds this product.</td>
                  </tr>
                )}
                {stock.warehouses.map((w) => (
                  <tr key={w.warehouse} data-testid="stock-row" data-warehouse={w.warehouse}>
                    <td>{w.warehouseName}</td>
                    <td className="num">{formatQuantity(w.quantity)}</td>
                    <td>
                      <time dateTime={w.confirmedAt}>{formatAsOf(w.confirmedAt, now) ?? '—'}</time>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      </div>

      {attributes.length > 0 && (
        <section className="panel">
          <h2>Specifications</h2>
          <div className="table-scroll">
            <table className="data-table spec-table" data-testid="product-attributes">
              <tbody>
                {attributes.map(([name, value]) => (
                  <tr key={name}>
                    <th scope="row">{name}</th>
                    <td>{value}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}

      {details.media.length > 0 && (
        <section className="panel">
          <h2>Documents and media</h2>
          <ul className="plain-list" data-testid="product-media">
            {details.media.map((m, i) => (
              <MediaItem key={`${m.url}-${i}`} media={m} />
            ))}
          </ul>
        </section>
      )}

      {(product.equipmentModel || details.compatibleEquipmentModels.length > 0) && (
        <section className="panel">
          <h2>Equipment</h2>
          {product.equipmentModel && (
            <p>
              This is equipment model{' '}
              <Link to={paths.parts(accountId, product.equipmentModel)} data-testid="product-equipment-model">
                {product.equipmentModel}
              </Link>
              .
            </p>
          )}
          {details.compatibleEquipmentModels.length > 0 && (
            <>
              <p className="muted">Fits these equipment models (opens their service parts):</p>
              <ul className="chip-list" data-testid="compatible-equipment">
                {details.compatibleEquipmentModels.map((model) => (
                  <li key={model}>
                    <Link to={paths.parts(accountId, model)} className="chip" data-testid="compatible-equipment-link">
                      {model}
                    </Link>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}

      {details.serviceParts.length > 0 && (
        <section className="panel">
          <h2>Service parts</h2>
          <ServicePartsTable
            accountId={accountId}
            parts={details.serviceParts}
            testId="service-parts"
            linkState={backHere}
          />
        </section>
      )}
    </>
  );
}

function MediaItem({ media }: { media: MediaLink }) {
  const url = safeUrl(media.url);
  const kind = mediaKinds[media.kind] ?? media.kind;
  return (
    <li data-testid="product-media-link" data-kind={media.kind}>
      {url ? (
        <a href={url} target="_blank" rel="noopener noreferrer">
          {media.title || kind}
        </a>
      ) : (
        <span>{media.title || kind}</span>
      )}{' '}
      <span className="muted small">({kind})</span>
    </li>
  );
}
