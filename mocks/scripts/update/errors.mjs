// One error type for every failure of the data refresh: what went wrong, how to fix it, and the exit code.
// The command prints `message` and `fix` and exits with `exitCode`; no stack trace reaches the user.

export const EXIT = { ok: 0, failed: 1, usage: 2, unreachable: 3 };

export class UpdateError extends Error {
  /**
   * @param {string} message the cause, naming the request or file
   * @param {{ fix: string, exitCode?: number, cause?: unknown }} details
   */
  constructor(message, { fix, exitCode = EXIT.failed, cause } = { fix: '' }) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'UpdateError';
    this.fix = fix;
    this.exitCode = exitCode;
  }
}
