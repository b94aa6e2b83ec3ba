export declare const EXIT: { ok: 0; failed: 1; usage: 2; unreachable: 3 };
export declare class UpdateError extends Error {
  constructor(message: string, details: { fix: string; exitCode?: number; cause?: unknown });
  fix: string;
  exitCode: number;
}
