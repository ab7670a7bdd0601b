/**
 * Minimal fetch wrapper for the BFF's same-origin API.
 *
 * - Every request sends `X-CSRF: 1` (required by the BFF's anti-forgery contract)
 *   and `credentials: 'same-origin'` (the BFF session cookie, once sign-in exists).
 * - Non-2xx responses are parsed as RFC 7807 problem details and thrown as ApiError; the order checks' 422 carries
 *   its findings along (`ApiError.findings`).
 */

import { readFindings, type OrderFinding } from './findings';

export interface ProblemDetails {
  type?: string;
  title?: string;
  detail?: string;
  status?: number;
  instance?: string;
  /** ASP.NET Core validation problems: field name -> messages. */
  errors?: Record<string, string[]>;
  /** The order checks' findings, on a 422 from checkout or placing an order. */
  findings?: OrderFinding[];
  [extension: string]: unknown;
}

export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail?: string;
  readonly errors?: Record<string, string[]>;
  readonly findings?: OrderFinding[];
  readonly problem?: ProblemDetails;

  constructor(status: number, title: string, detail?: string, problem?: ProblemDetails) {
    super(detail ? `${title}: ${detail}` : title);
    this.name = 'ApiError';
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.errors = problem?.errors;
    this.findings = problem?.findings;
    this.problem = problem;
  }
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Serialised as JSON. */
  body?: unknown;
  /** Sent as it is with its content type (a CSV file, say), instead of a JSON `body`. */
  rawBody?: RawBody;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export interface RawBody {
  content: Blob | string;
  contentType: string;
}

export async function apiFetch<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'X-CSRF': '1',
    ...options.headers,
  };
  let body: Blob | string | undefined;
  if (options.rawBody !== undefined) {
    headers['Content-Type'] = options.rawBody.contentType;
    body = options.rawBody.content;
  } else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }

  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? 'GET',
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (err) {
    if (isAbortError(err)) throw err;
    throw new ApiError(0, 'Network error', 'The server could not be reached. Check your connection and try again.');
  }

  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return undefined as T;

  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Turns a failed response into an ApiError, using its problem details when it has them. */
export async function toApiError(response: Response): Promise<ApiError> {
  const fallbackTitle = response.statusText || `Request failed (HTTP ${response.status})`;
  const contentType = response.headers.get('Content-Type') ?? '';

  if (/application\/(problem\+)?json/i.test(contentType)) {
    try {
      const parsed: unknown = await response.json();
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
        const problem = parsed as ProblemDetails;
        const title = nonEmpty(problem.title) ?? fallbackTitle;
        const status = typeof problem.status === 'number' ? problem.status : response.status;
        return new ApiError(status, title, nonEmpty(problem.detail), {
          ...problem,
          errors: normaliseErrors(problem.errors),
          findings: readFindings(problem.findings),
        });
      }
    } catch {
      // Malformed JSON: fall through to the generic error.
    }
  }
  return new ApiError(response.status, fallbackTitle);
}

export function isAbortError(err: unknown): boolean {
  return err instanceof DOMException && err.name === 'AbortError';
}

function nonEmpty(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function normaliseErrors(errors: unknown): Record<string, string[]> | undefined {
  if (!errors || typeof errors !== 'object' || Array.isArray(errors)) return undefined;
  const result: Record<string, string[]> = {};
  for (const [field, messages] of Object.entries(errors as Record<string, unknown>)) {
    if (Array.isArray(messages)) result[field] = messages.map(String);
    else if (typeof messages === 'string') result[field] = [messages];
  }
  return Object.keys(result).length > 0 ? result : undefined;
}
