// The fetch client: every response is checked (status, content type, JSON, schema) so that a bad
// answer becomes an ApiError the UI can show, never a crash further down.
import type * as z from 'zod/mini';
import { problemSchema, type Problem } from './schemas.ts';

export type ApiErrorKind = 'http' | 'network' | 'malformed' | 'invalid';

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number | null;
  readonly problem: Problem | null;
  constructor(
    kind: ApiErrorKind,
    message: string,
    options: { status?: number; problem?: Problem; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'ApiError';
    this.kind = kind;
    this.status = options.status ?? null;
    this.problem = options.problem ?? null;
  }
  /** Client errors will not heal by retrying; network faults and 5xx may. */
  get retryable(): boolean {
    return this.kind === 'network' || (this.kind === 'http' && (this.status ?? 0) >= 500);
  }
}

const API_BASE = `${(import.meta.env.VITE_API_BASE_URL ?? '').replace(/\/$/, '')}/api/v1`;

export type QueryParams = Record<string, string | number | readonly string[] | undefined>;

export function apiUrl(path: string, params: QueryParams = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      if (value.length) search.set(key, value.join(','));
    } else {
      search.set(key, String(value));
    }
  }
  const qs = search.toString();
  return `${API_BASE}${path}${qs ? `?${qs}` : ''}`;
}

// When the mock API serves the data, requests wait for its service worker; the page renders meanwhile.
let apiReady: Promise<unknown> = Promise.resolve();

/** Makes every request wait for `ready` (the mock API's start); a failed start fails the requests. */
export function waitForApi(ready: Promise<unknown>): void {
  apiReady = ready;
}

export async function apiGet<S extends z.ZodMiniType>(
  path: string,
  params: QueryParams,
  schema: S,
  signal?: AbortSignal,
): Promise<z.infer<S>> {
  try {
    await apiReady;
  } catch (cause) {
    throw new ApiError('network', 'The data service could not start. Reload the page.', { cause });
  }
  let response: Response;
  try {
    response = await fetch(apiUrl(path, params), { signal, headers: { Accept: 'application/json' } });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new ApiError('network', 'The data service could not be reached. Check your connection and retry.', { cause });
  }
  const contentType = response.headers.get('Content-Type') ?? '';
  const isJson = /\bjson\b/i.test(contentType);

  if (!response.ok) {
    let problem: Problem | undefined;
    if (isJson) {
      const parsed = problemSchema.safeParse(await response.json().catch(() => null));
      if (parsed.success) problem = parsed.data;
    }
    const detail = problem?.detail ?? problem?.title;
    throw new ApiError(
      'http',
      response.status >= 500
        ? `The data service failed (HTTP ${response.status}). Retry in a moment.`
        : `The data service refused the request (HTTP ${response.status})${detail ? `: ${detail}` : '.'}`,
      { status: response.status, problem },
    );
  }
  if (!isJson) {
    throw new ApiError('malformed', 'The data service answered with something other than JSON.', {
      status: response.status,
    });
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch (cause) {
    throw new ApiError('malformed', 'The data service sent malformed JSON.', { status: response.status, cause });
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first ? ` (${first.path.join('.') || 'response'}: ${first.message})` : '';
    throw new ApiError('invalid', `The data service sent data in an unexpected shape${where}.`, {
      status: response.status,
      cause: parsed.error,
    });
  }
  return parsed.data;
}
