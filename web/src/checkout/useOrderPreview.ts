import { useEffect, useRef, useState } from 'react';
import { isAbortError } from '../api/client';
import { previewOrder, type OrderPreview, type PlaceOrderRequest } from '../api/orders';
import { problemText } from '../shared/banners';

const debounceMs = 400;

export interface OrderPreviewState {
  /** The checks of the last request they answered (kept while the next is under way). */
  preview: OrderPreview | null;
  /** Why the checks could not be run just now. */
  problem: string | null;
  checking: boolean;
}

/** The checks of an order as the buyer fills it in: at once for the first request, then once typing settles. */
export function useOrderPreview(accountId: string, request: PlaceOrderRequest | null): OrderPreviewState {
  const key = request ? JSON.stringify(request) : null;
  const [preview, setPreview] = useState<OrderPreview | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  /** Whether a first request was sent: that one goes at once, later ones once typing settles. */
  const asked = useRef(false);

  useEffect(() => {
    if (key === null) return;
    const controller = new AbortController();
    setChecking(true);
    const timer = setTimeout(
      () => {
        asked.current = true;
        previewOrder(accountId, JSON.parse(key) as PlaceOrderRequest, controller.signal)
          .then((next) => {
            setPreview(next);
            setProblem(null);
            setChecking(false);
          })
          .catch((err: unknown) => {
            if (isAbortError(err)) return;
            setProblem(problemText(err));
            setChecking(false);
          });
      },
      asked.current ? debounceMs : 0,
    );
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [accountId, key]);

  return { preview, problem, checking };
}
