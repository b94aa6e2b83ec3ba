import type { UpdateReport } from './report.mjs';
export declare const ROOT: string;
export declare const BUILD_SCRIPT: string;
export declare const CACHE_DIR: string;
export declare function monthsBetween(from: string, to: string): string[];
export declare function lastMonth(now: Date): string;
export declare function monthRange(o: { from?: string; to?: string }, now: Date): { from: string; to: string };
export interface UpdateOptions {
  fetch: typeof fetch;
  env?: Record<string, string | undefined>;
  from?: string;
  to?: string;
  dryRun?: boolean;
  now?: Date;
  delays?: number[];
  sleep?: (ms: number) => Promise<void>;
  log?: (s: string) => void;
  baseInputDir?: string;
  outDir?: string;
  cacheDir?: string;
  parallel?: number;
}
export declare function runUpdate(
  options: UpdateOptions,
): Promise<{ report: UpdateReport; text: string; changed: boolean }>;
