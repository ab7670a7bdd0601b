import type { MissingPart } from '../api/catalog';
import type { Banner } from './problems';

export { problemText, toBanner, type Banner } from './problems';

export function ErrorBanner({
  error,
  onRetry,
  onDismiss,
  testId = 'error',
}: {
  error: Banner;
  onRetry?: () => void;
  onDismiss?: () => void;
  testId?: string;
}) {
  return (
    <div className="banner banner-error" role="alert" data-testid={testId}>
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
      {onRetry && (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      )}
      {onDismiss && (
        <button type="button" className="banner-close" aria-label="Dismiss" onClick={onDismiss}>
          ×
        </button>
      )}
    </div>
  );
}

/** Parts of a composed answer that could not be filled in (e.g. prices while Pricing is down). */
export function MissingBanner({ missing, testId }: { missing: MissingPart[]; testId: string }) {
  if (missing.length === 0) return null;
  return (
    <div className="banner banner-warning" role="status" data-testid={testId}>
      <div>
        <strong>Some information is temporarily unavailable</strong>
        <ul>
          {missing.map((m, i) => (
            <li key={`${m.part}-${i}`} data-part={m.part}>
              {m.detail}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
