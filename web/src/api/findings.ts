import { formatDate, formatQuantity } from '../shared/format';

/**
 * Findings of the order checks (`OrderFindingDto`): what the preview, the cart view and a refused checkout (422) say of
 * an order, with where it belongs (a line, a header field, or the whole order) and the fix the portal can offer.
 */

export type FindingSeverity = 'error' | 'warning' | (string & {});

export interface OrderFinding {
  code: string;
  layer: 'data-integrity' | 'business' | 'finance' | 'logistics' | (string & {});
  /** `error` stops the order at checkout (and is shown as a warning while the cart is edited); `warning` never does. */
  severity: FindingSeverity;
  /** The 1-based line it concerns; null for the whole order. */
  line: number | null;
  sku: string | null;
  /** The header field it concerns (`purchaseOrderNumber`, …), `lines[2].quantity`, or null. */
  field: string | null;
  message: string;
  suggestedQuantity?: number | null;
  suggestedSku?: string | null;
  /** yyyy-mm-dd */
  suggestedDate?: string | null;
}

/** The checkout's own fields, as the checks name them in `field`. */
export const checkoutFields = ['purchaseOrderNumber', 'shipToAddressId', 'requestedDeliveryDate', 'vatId'] as const;
export type CheckoutField = (typeof checkoutFields)[number];

export const isBlocking = (finding: Pick<OrderFinding, 'severity'>) => finding.severity.toLowerCase() === 'error';

export type Suggestion =
  | { kind: 'quantity'; quantity: number }
  | { kind: 'sku'; sku: string }
  | { kind: 'date'; date: string };

/** The one-click fix a finding offers, if any (a finding offers at most one). */
export function suggestionOf(finding: OrderFinding): Suggestion | null {
  if (typeof finding.suggestedQuantity === 'number') return { kind: 'quantity', quantity: finding.suggestedQuantity };
  if (finding.suggestedSku) return { kind: 'sku', sku: finding.suggestedSku };
  if (finding.suggestedDate) return { kind: 'date', date: finding.suggestedDate };
  return null;
}

/** "Use 30 instead", "Use PMP-100080 instead", "Use 12 Mar 2024": the words of a fix button. */
export function suggestionLabel(suggestion: Suggestion, locale?: string): string {
  switch (suggestion.kind) {
    case 'quantity':
      return `Use ${formatQuantity(suggestion.quantity, locale)} instead`;
    case 'sku':
      return `Use ${suggestion.sku} instead`;
    case 'date':
      return `Use ${formatDate(suggestion.date, locale)}`;
  }
}

export interface FindingsByPlace {
  /** Findings of the whole order, and of lines or fields not on the page. */
  general: OrderFinding[];
  byLine: Map<number, OrderFinding[]>;
  byField: Map<CheckoutField, OrderFinding[]>;
}

/**
 * Puts each finding where the buyer can act on it: next to its line (when that line is on the page), next to its
 * checkout field (when `fields` lists it), else at the top. Errors come before warnings in every place.
 */
export function placeFindings(
  findings: readonly OrderFinding[],
  lineNumbers: Iterable<number>,
  fields: readonly CheckoutField[] = [],
): FindingsByPlace {
  const lines = new Set(lineNumbers);
  const result: FindingsByPlace = { general: [], byLine: new Map(), byField: new Map() };
  const sorted = [...findings].sort((a, b) => Number(isBlocking(b)) - Number(isBlocking(a)));
  for (const finding of sorted) {
    const field = fieldOf(finding, fields);
    if (finding.line !== null && lines.has(finding.line)) push(result.byLine, finding.line, finding);
    else if (field) push(result.byField, field, finding);
    else result.general.push(finding);
  }
  return result;
}

/** The checkout field a finding names, whatever the casing the checks use. */
function fieldOf(finding: OrderFinding, fields: readonly CheckoutField[]): CheckoutField | null {
  const named = finding.field?.toLowerCase();
  return named ? (fields.find((field) => field.toLowerCase() === named) ?? null) : null;
}

function push<K>(map: Map<K, OrderFinding[]>, key: K, finding: OrderFinding) {
  const list = map.get(key);
  if (list) list.push(finding);
  else map.set(key, [finding]);
}

/** Keeps the findings of a problem's `findings` member that have the shape of one; anything else is dropped. */
export function readFindings(value: unknown): OrderFinding[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.filter(
    (item): item is OrderFinding =>
      Boolean(item) && typeof item === 'object' && typeof item.code === 'string' && typeof item.message === 'string',
  ).map((item) => ({
    ...item,
    severity: typeof item.severity === 'string' ? item.severity : 'error',
    line: typeof item.line === 'number' ? item.line : null,
    sku: typeof item.sku === 'string' ? item.sku : null,
    field: typeof item.field === 'string' ? item.field : null,
    layer: typeof item.layer === 'string' ? item.layer : '',
  }));
}
