import { apiFetch } from './client';
import type { Order } from './orders';

// ---- Types (contracts/Quotes/QuoteContracts.cs, camelCase JSON) ----

/** One state for both parties (QuoteStates.cs); `label` on a quote names it for the reader's party. */
export type QuoteStatus =
  | 'Draft'
  | 'Submitted'
  | 'InReview'
  | 'Sent'
  | 'Accepted'
  | 'Declined'
  | 'RenegotiationRequested'
  | 'Expired'
  | 'Withdrawn'
  | 'Ordered'
  | 'Closed'
  | (string & {});

/** The steps a quote's reader may take now, as the server works them out from the state and the caller's side. */
export type QuoteAction =
  | 'edit'
  | 'submit'
  | 'withdraw'
  | 'review'
  | 'stage'
  | 'send'
  | 'accept'
  | 'decline'
  | 'renegotiate'
  | 'order'
  | 'close'
  | (string & {});

export interface QuoteRequestLine {
  lineNumber: number;
  sku: string;
  name: string | null;
  quantity: number;
  targetUnitPrice: number | null;
  comment: string | null;
}

export interface QuoteAttachment {
  url: string;
  label: string;
}

export interface QuoteParty {
  subject: string;
  name: string;
  isPartner: boolean;
}

/** A priced line: `lineAmount` before the quote's discount, `netLineAmount` after it (the lines add up to the net amount). */
export interface QuoteRevisionLine {
  lineNumber: number;
  sku: string;
  name: string;
  unit: string;
  quantity: number;
  listUnitPrice: number | null;
  discountPercent: number | null;
  unitPrice: number;
  lineAmount: number;
  netLineAmount: number;
  comment: string | null;
}

/** One thing a revision changed from the one before: a line's field (`lineNumber` set) or the quote's. */
export interface QuoteChange {
  lineNumber: number | null;
  sku: string | null;
  field: string;
  before: string | null;
  after: string | null;
}

export interface QuoteRevision {
  number: number;
  sentAt: string;
  sentBy: string;
  currency: string;
  validUntil: string;
  expiresAt: string;
  terms: string | null;
  discountPercent: number | null;
  subtotal: number;
  discountAmount: number;
  netAmount: number;
  lines: QuoteRevisionLine[];
  changes: QuoteChange[];
}

export interface QuoteHistoryEntry {
  at: string;
  from: string | null;
  to: string;
  party: 'buyer' | 'seller' | 'portal' | (string & {});
  actorName: string;
  revision: number | null;
  comment: string | null;
}

export interface Quote {
  id: string;
  accountId: string;
  number: string;
  status: QuoteStatus;
  label: string;
  party: 'buyer' | 'seller' | (string & {});
  createdAt: string;
  updatedAt: string;
  requestedBy: QuoteParty;
  handledBy: QuoteParty | null;
  comment: string | null;
  requestedDeliveryDate: string | null;
  shipToAddressId: string | null;
  attachments: QuoteAttachment[];
  lines: QuoteRequestLine[];
  revisions: QuoteRevision[];
  acceptedRevision: number | null;
  expiresAt: string | null;
  orderId: string | null;
  orderNumber: string | null;
  history: QuoteHistoryEntry[];
  actions: QuoteAction[];
}

export interface QuoteSummary {
  id: string;
  accountId: string;
  number: string;
  status: QuoteStatus;
  label: string;
  updatedAt: string;
  requestedBy: string;
  lineCount: number;
  revision: number | null;
  currency: string | null;
  netAmount: number | null;
  expiresAt: string | null;
}

export interface QuoteList {
  items: QuoteSummary[];
  page: number;
  pageSize: number;
  hasMore: boolean;
}

export interface QuoteInternalNote {
  at: string;
  byName: string;
  text: string;
}

/** The seller's working copy: the revision being prepared and the internal notes (never shown to the buyer). */
export interface QuoteStaging {
  quoteId: string;
  status: QuoteStatus;
  revision: number;
  currency: string;
  validUntil: string | null;
  terms: string | null;
  discountPercent: number | null;
  subtotal: number;
  discountAmount: number;
  netAmount: number;
  lines: QuoteRevisionLine[];
  changes: QuoteChange[];
  internalNotes: QuoteInternalNote[];
}

export interface QuoteRequestLineInput {
  sku: string;
  quantity: number;
  targetUnitPrice?: number | null;
  comment?: string | null;
}

export interface CreateQuoteInput {
  lines?: QuoteRequestLineInput[] | null;
  comment?: string | null;
  requestedDeliveryDate?: string | null;
  shipToAddressId?: string | null;
  attachments?: { url: string; label?: string | null }[] | null;
  fromCartVersion?: number | null;
  submit?: boolean;
}

export interface StagedLineInput {
  sku: string;
  quantity: number;
  unitPrice?: number | null;
  discountPercent?: number | null;
  comment?: string | null;
}

export interface StageQuoteInput {
  lines: StagedLineInput[];
  validUntil: string;
  terms?: string | null;
  discountPercent?: number | null;
}

// ---- Calls ----

const quotesPath = (accountId: string) => `/api/v1/accounts/${encodeURIComponent(accountId)}/quotes`;
const quotePath = (accountId: string, quoteId: string) => `${quotesPath(accountId)}/${encodeURIComponent(quoteId)}`;

export const listQuotes = (accountId: string, page = 1, signal?: AbortSignal) =>
  apiFetch<QuoteList>(`${quotesPath(accountId)}?page=${page}`, { signal });

/** What waits for the seller in the account and the units below it (account managers). */
export const getQuoteQueue = (accountId: string, signal?: AbortSignal) => apiFetch<QuoteList>(`${quotesPath(accountId)}/queue`, { signal });

export const getQuote = (accountId: string, quoteId: string, signal?: AbortSignal) =>
  apiFetch<Quote>(quotePath(accountId, quoteId), { signal });

/** A request for quotation; the key makes a retry after a network error answer the first request. */
export const requestQuote = (accountId: string, input: CreateQuoteInput, idempotencyKey: string) =>
  apiFetch<Quote>(quotesPath(accountId), { method: 'POST', body: input, headers: { 'Idempotency-Key': idempotencyKey } });

type Step = 'submission' | 'acceptance' | 'decline' | 'renegotiation' | 'withdrawal' | 'review' | 'sending' | 'closing';

/** A step on the quote: answers name the revision the reader saw (`revision`), a word to the other party goes in `comment`. */
export const quoteStep = (accountId: string, quoteId: string, step: Step, body: { revision?: number; comment?: string | null } = {}) =>
  apiFetch<Quote>(`${quotePath(accountId, quoteId)}/${step}`, { method: 'POST', body });

export const getStaging = (accountId: string, quoteId: string, signal?: AbortSignal) =>
  apiFetch<QuoteStaging>(`${quotePath(accountId, quoteId)}/staging`, { signal });

export const stageQuote = (accountId: string, quoteId: string, input: StageQuoteInput) =>
  apiFetch<QuoteStaging>(`${quotePath(accountId, quoteId)}/staging`, { method: 'PUT', body: input });

export const addInternalNote = (accountId: string, quoteId: string, text: string) =>
  apiFetch<QuoteInternalNote>(`${quotePath(accountId, quoteId)}/notes`, { method: 'POST', body: { text } });

/** Orders the accepted revision at its prices (the Order service checks it as it checks a cart). */
export const orderQuote = (
  accountId: string,
  request: { quoteId: string; revision: number; purchaseOrderNumber?: string | null; shipToAddressId?: string | null },
  idempotencyKey: string,
) =>
  apiFetch<Order>(`/api/v1/accounts/${encodeURIComponent(accountId)}/orders/from-quote`, {
    method: 'POST',
    body: request,
    headers: { 'Idempotency-Key': idempotencyKey },
  });
