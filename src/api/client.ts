import type { z } from 'zod/mini';
import { ownCode, Problem } from './schemas';

/** Where the API lives: the embedded one under /api, or a remote one set at build time. */
export const apiBase = (): string => (import.meta.env.VITE_API_URL)?.replace(/\/$/, '') || '/api';
export const usesEmbeddedApi = (): boolean => !import.meta.env.VITE_API_URL;

const TOKEN_KEY = 'kenes.session';
export const sessionToken = {
  get: (): string | null => localStorage.getItem(TOKEN_KEY),
  set: (token: string | null) => (token ? localStorage.setItem(TOKEN_KEY, token) : localStorage.removeItem(TOKEN_KEY)),
};

/** A refused or failed request: the status and the RFC 9457 problem the API sent. */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiRequestError';
  }
  /** The API could not be reached at all (status 0). */
  get isNetwork(): boolean {
    return this.status === 0;
  }
  fieldErrors(): Record<string, string> {
    return Object.fromEntries((this.problem.errors ?? []).map((e) => [e.field, e.code]));
  }
}

export type QueryValue = string | number | boolean | null | undefined | readonly (string | number)[];

export function toSearchParams(query: Record<string, QueryValue> | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length) params.set(key, value.join(','));
    } else params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * Where a response breaks the contract and how, for the problem's detail: zod/mini carries no
 * message catalogue, so its own messages are only "Invalid input"; our codes ('invalid_date') are kept.
 */
function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return '';
  const where = issue.path.map(String).join('.') || '(root)';
  const own = ownCode(issue);
  if (own) return `${where}: ${own}`;
  return issue.code === 'invalid_type' ? `${where}: invalid_type, expected ${issue.expected}` : `${where}: ${issue.code}`;
}

interface RequestOptions<S extends z.ZodMiniType> {
  schema: S;
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  query?: Record<string, QueryValue>;
  signal?: AbortSignal;
}

/**
 * The one way the app talks to the API: sends JSON with the session token, parses the answer with
 * the contract's schema, and throws ApiRequestError with the problem details otherwise. It shows
 * nothing and redirects nowhere; callers decide.
 */
export async function request<S extends z.ZodMiniType>(path: string, options: RequestOptions<S>): Promise<z.infer<S>> {
  const url = new URL(`${apiBase()}${path}${toSearchParams(options.query)}`, window.location.origin);
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  const token = sessionToken.get();
  if (token) headers.Authorization = `Bearer ${token}`;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(url, {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? null : JSON.stringify(options.body),
      signal: options.signal ?? null,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiRequestError(0, { type: 'about:blank', title: 'network_error', status: 0, detail: String(error) });
  }
  const text = await response.text();
  let payload: unknown = null;
  try {
    payload = text ? JSON.parse(text) : null;
  } catch {
    payload = null;
  }
  if (!response.ok) {
    const problem = Problem.safeParse(payload);
    throw new ApiRequestError(
      response.status,
      problem.success ? problem.data : { type: 'about:blank', title: 'http_error', status: response.status, detail: response.statusText },
    );
  }
  const parsed = options.schema.safeParse(payload);
  if (!parsed.success) {
    throw new ApiRequestError(502, {
      type: 'about:blank',
      title: 'bad_response',
      status: 502,
      detail: `The API answered ${path} with data that does not fit the contract: ${describeIssue(parsed.error.issues[0])}`,
    });
  }
  return parsed.data;
}
