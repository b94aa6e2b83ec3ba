// Shared by the API contract tests: requests against the msw node server (tests/setup.ts) and the checks every
// endpoint's answer gets.
import { expect } from 'vitest';
import type * as z from 'zod/mini';
import { problemSchema } from '../../src/api/schemas.ts';

const BASE = 'http://localhost';

export interface ApiAnswer {
  status: number;
  contentType: string;
  body: unknown;
}

export async function get(path: string): Promise<ApiAnswer> {
  const res = await fetch(new URL(path, BASE));
  const body: unknown = await res.json();
  return { status: res.status, contentType: res.headers.get('Content-Type') ?? '', body };
}

/** Parses with the schema, failing the test with the zod issues when it does not parse. */
export function parseWith<S extends z.ZodMiniType>(schema: S, body: unknown): z.infer<S> {
  const result = schema.safeParse(body);
  expect(result.success, result.success ? '' : JSON.stringify(result.error.issues)).toBe(true);
  if (!result.success) throw new Error('unreachable: schema did not parse');
  return result.data;
}

/** GET a path that must answer 200 and parse with the schema. */
export async function getOk<S extends z.ZodMiniType>(path: string, schema: S): Promise<z.infer<S>> {
  const answer = await get(path);
  expect(answer.status, `${path} answered ${answer.status}: ${JSON.stringify(answer.body)}`).toBe(200);
  expect(answer.contentType).toContain('application/json');
  return parseWith(schema, answer.body);
}

/** GET a path that must answer a 400 problem+json whose invalidParams names `param`. */
export async function expectBadParam(path: string, param: string): Promise<void> {
  const answer = await get(path);
  expect(answer.status, path).toBe(400);
  expect(answer.contentType).toContain('application/problem+json');
  const problem = parseWith(problemSchema, answer.body);
  expect(problem.status).toBe(400);
  expect(problem.invalidParams?.map((p) => p.name)).toContain(param);
  for (const p of problem.invalidParams ?? []) expect(p.reason.length).toBeGreaterThan(0);
}
