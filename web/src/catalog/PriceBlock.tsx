import { useEffect, useRef, useState } from 'react';
import { applicableTier, defaultQuantity, formatValidity, getPrice, type Price, type ProductSummary } from '../api/catalog';
import { ApiError, isAbortError } from '../api/client';
import { toBanner, type Banner } from '../shared/banners';
import { formatMoney, formatQuantity, parseQuantity } from '../shared/format';
import { AddToCart } from './AddToCart';

const repriceDelayMs = 300;

function priceProblem(err: unknown): Banner {
  if (err instanceof ApiError && err.status === 422) return { title: err.title || 'No price.', detail: err.detail };
  if (err instanceof ApiError && err.status === 400) return { title: 'Check the quantity', detail: err.errors ? undefined : err.detail, errors: err.errors };
  if (err instanceof ApiError && err.status === 404) return { title: 'No price', detail: err.detail ?? err.title };
  return toBanner(err);
}

/**
 * The account's price for a chosen quantity (re-priced via `GET /prices` as the quantity changes), the quantity
 * breaks with the one that applies highlighted, and why this price applies; the quantity goes into the cart from here.
 */
export function PriceBlock({ accountId, product, initialPrice }: { accountId: string; product: ProductSummary; initialPrice: Price | null }) {
  const [quantityText, setQuantityText] = useState(() => String(defaultQuantity(product)));
  const [price, setPrice] = useState<Price | null>(initialPrice);
  const [error, setError] = useState<Banner | null>(null);
  const [pricing, setPricing] = useState(false);
  /** The quantity `price` (or `error`) answers; another quantity needs a new price. */
  const answeredFor = useRef<number | null>(initialPrice?.quantity ?? null);

  const quantity = parseQuantity(quantityText);
  const unit = product.unitOfMeasure;

  useEffect(() => {
    if (quantity === null || quantity === answeredFor.current) {
      setPricing(false);
      return;
    }
    const controller = new AbortController();
    setPricing(true);
    const timer = setTimeout(() => {
      getPrice(accountId, product.sku, quantity, controller.signal)
        .then((next) => {
          answeredFor.current = quantity;
          setPrice(next);
          setError(null);
          setPricing(false);
        })
        .catch((err: unknown) => {
          if (isAbortError(err)) return;
          answeredFor.current = quantity;
          setPrice(null);
          setError(priceProblem(err));
          setPricing(false);
        });
    }, repriceDelayMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [accountId, product.sku, quantity]);

  const tiers = price ? [...price.tiers].sort((a, b) => a.minQuantity - b.minQuantity) : [];
  const applying = price ? applicableTier(price.tiers, price.quantity) : null;
  const explanation = price?.explanation;
  const validity = explanation ? formatValidity(explanation.validFrom, explanation.validUntil) : null;
  const stale = pricing || quantity === null;

  return (
    <section className="panel price-block" aria-busy={pricing} data-testid="price-block">
      <h2>Price</h2>
      <label className="field field-qty">
        <span>Quantity ({unit})</span>
        <input
          data-testid="product-quantity"
          type="number"
          inputMode="decimal"
          min={defaultQuantity(product)}
          step="any"
          value={quantityText}
          onChange={(e) => setQuantityText(e.target.value)}
        />
      </label>
      {quantity === null && (
        <p className="field-error" role="alert">
          Enter a quantity greater than 0.
        </p>
      )}
      <AddToCart accountId={accountId} sku={product.sku} unit={unit} quantity={quantity} />
      {product.minimumOrderQuantity > 1 && (
        <p className="muted small">
          Minimum order quantity {formatQuantity(product.minimumOrderQuantity)} {unit}
          {product.packSize > 1 && ` · packs of ${formatQuantity(product.packSize)}`}
        </p>
      )}

      <div className={stale ? 'price-now stale' : 'price-now'}>
        {price ? (
          <>
            <span className="price-amount price-large" data-testid="product-unit-price">
              {formatMoney(price.unitPrice, price.currency)}
            </span>{' '}
            <span className="muted">
              per {unit} · {formatQuantity(price.quantity)} {unit} ={' '}
              <strong data-testid="product-line-amount">{formatMoney(price.lineAmount, price.currency)}</strong>
            </span>
          </>
        ) : (
          <span className="price-unavailable" data-testid="product-unit-price">
            Price unavailable
          </span>
        )}
        {pricing && <span className="muted small"> Updating…</span>}
      </div>

      {error && (
        <div className="banner banner-error" role="alert" data-testid="price-error">
          <div>
            <strong>{error.title}</strong>
            {error.detail && <p>{error.detail}</p>}
            {error.errors && (
              <ul>
                {Object.entries(error.errors).flatMap(([field, messages]) =>
                  messages.map((message, i) => <li key={`${field}-${i}`}>{message}</li>),
                )}
              </ul>
            )}
          </div>
        </div>
      )}

      {price && tiers.length > 0 && (
        <>
          <h3>Quantity prices</h3>
          <div className="table-scroll">
            <table className="data-table tier-table" data-testid="price-tiers">
              <thead>
                <tr>
                  <th scope="col">From</th>
                  <th scope="col" className="num">
                    Unit price
                  </th>
                  <th scope="col">
                    <span className="visually-hidden">Applies</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {tiers.map((tier) => {
                  const applies = applying !== null && tier.minQuantity === applying.minQuantity;
                  return (
                    <tr
                      key={tier.minQuantity}
                      className={applies ? 'tier-applies' : undefined}
                      aria-current={applies ? 'true' : undefined}
                      data-testid="price-tier"
                      data-applies={applies ? 'true' : 'false'}
                      data-min-quantity={tier.minQuantity}
                    >
                      <td>
                        {formatQuantity(tier.minQuantity)} {unit}
                      </td>
                      <td className="num">{formatMoney(tier.unitPrice, price.currency)}</td>
                      <td>{applies && <span className="badge badge-ok">your price</span>}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}

      {explanation && (
        <div className="price-explanation" data-testid="price-explanation" data-source={explanation.source}>
          <h3>Why this price</h3>
          <p>{explanation.text}</p>
          <ul className="plain-list">
            {explanation.contractName && <li data-testid="price-contract">Contract: {explanation.contractName}</li>}
            {validity && <li data-testid="price-validity">{validity[0].toUpperCase() + validity.slice(1)}</li>}
            {explanation.inherited && <li data-testid="price-inherited">Inherited from your parent account's contract</li>}
            {explanation.tierMinQuantity !== null && (
              <li>
                Quantity break from {formatQuantity(explanation.tierMinQuantity)} {unit}
              </li>
            )}
          </ul>
        </div>
      )}
    </section>
  );
}
