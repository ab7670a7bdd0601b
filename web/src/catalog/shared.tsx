import { useEffect, useState, type ReactNode } from 'react';
import type { MissingPart } from '../api/catalog';
import { ApiError } from '../api/client';

export interface Banner {
  title: string;
  detail?: string;
  errors?: Record<string, string[]>;
}

export function toBanner(err: unknown): Banner {
  if (err instanceof ApiError) return { title: err.title, detail: err.detail, errors: err.errors };
  return { title: 'Something went wrong', detail: err instanceof Error ? err.message : String(err) };
}

export function ErrorBanner({ error, onRetry, testId = 'error' }: { error: Banner; onRetry?: () => void; testId?: string }) {
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

/** The current time, refreshed every `intervalMs` so "3 min ago" texts keep up while a page stays open. */
export function useNow(intervalMs = 30_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/** A button that reads as a link: for in-app navigation without a router. */
export function LinkButton({
  onClick,
  children,
  testId,
  className,
}: {
  onClick: () => void;
  children: ReactNode;
  testId?: string;
  className?: string;
}) {
  return (
    <button type="button" className={className ? `link-button ${className}` : 'link-button'} data-testid={testId} onClick={onClick}>
      {children}
    </button>
  );
}
