// HTTP for the data refresh: one GET with a bounded retry on 429, 5xx and network failures. `fetch`, the
// delays and `sleep` come from the caller, so tests answer from recorded responses and never wait.
import { EXIT, UpdateError } from './errors.mjs';

export const DEFAULT_DELAYS = [2000, 8000, 30000];
const MAX_RETRY_AFTER_MS = 120000;
const PERMANENT = new Set(['ENOTFOUND', 'ECONNREFUSED', 'ENETUNREACH', 'EHOSTUNREACH']);

/** The key never leaves the process: URLs are written to logs and the cache with it masked. */
export const redact = (url) => url.replace(/([?&]key=)[^&]*/g, '$1REDACTED');

const networkCode = (error) =>
  error?.cause?.code ?? error?.code ?? error?.cause?.name ?? error?.name ?? 'network error';

/**
 * GET `url`; returns { status, contentType, headers, text, location }.
 * Retries 429 and 5xx (honouring Retry-After up to 2 minutes) and network errors, `delays.length` times.
 * @param {{ fetch: typeof fetch, delays?: number[], sleep?: (ms: number) => Promise<void>, log?: (s: string) => void }} http
 */
export async function get(http, url) {
  const delays = http.delays ?? DEFAULT_DELAYS;
  const sleep = http.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  const host = new URL(url).host;
  for (let attempt = 0; ; attempt++) {
    let response;
    try {
      // Manual redirects: the Census answers a missing key with 302 to an HTML page, which must not be followed.
      response = await http.fetch(url, { redirect: 'manual', headers: { accept: 'application/json, text/csv, */*' } });
    } catch (error) {
      // No network at all (no DNS, no route) is not transient: fail at once rather than after minutes.
      if (attempt < delays.length && !PERMANENT.has(networkCode(error))) {
        http.log?.(`  ${host}: ${networkCode(error)}, retrying in ${delays[attempt] / 1000} s`);
        await sleep(delays[attempt]);
        continue;
      }
      throw new UpdateError(
        `could not reach ${host} (${networkCode(error)}) after ${attempt + 1} attempts: ${redact(url)}`,
        {
          fix: 'Check the internet connection (or the proxy settings: HTTPS_PROXY) and run `npm run data:update` again. Nothing was changed.',
          exitCode: EXIT.unreachable,
          cause: error,
        },
      );
    }
    const retryable = response.status === 429 || (response.status >= 500 && response.status <= 599);
    if (retryable && attempt < delays.length) {
      const after = Number(response.headers.get('retry-after'));
      const wait = Number.isFinite(after) && after > 0 ? Math.min(after * 1000, MAX_RETRY_AFTER_MS) : delays[attempt];
      await response.text().catch(() => '');
      http.log?.(`  ${host}: HTTP ${response.status}, retrying in ${wait / 1000} s`);
      await sleep(wait);
      continue;
    }
    if (retryable) {
      throw new UpdateError(`${host} answered HTTP ${response.status} ${attempt + 1} times in a row: ${redact(url)}`, {
        fix:
          response.status === 429
            ? 'The API is rate-limiting this key or address: wait a few minutes (or narrow the range with --from/--to) and run again. Nothing was changed.'
            : 'The API is failing on its side: try again later. Nothing was changed.',
      });
    }
    return {
      status: response.status,
      contentType: response.headers.get('content-type') ?? '',
      headers: response.headers,
      location: response.headers.get('location') ?? '',
      text: await response.text(),
    };
  }
}
