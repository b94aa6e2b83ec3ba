// A query that cannot be answered because of its parameters. The handlers turn it into an RFC 9457 400
// (problem+json with `invalidParams`); the query functions stay free of HTTP.
export interface InvalidParam {
  name: string;
  reason: string;
}

export class QueryError extends Error {
  readonly invalidParams: InvalidParam[];
  constructor(invalidParams: InvalidParam[]) {
    super(invalidParams.map((p) => `${p.name}: ${p.reason}`).join(' '));
    this.name = 'QueryError';
    this.invalidParams = invalidParams;
  }
}

/** Collects parameter problems and throws them together, so one answer names every bad parameter. */
export class Problems {
  private readonly list: InvalidParam[] = [];
  add(name: string, reason: string): void {
    this.list.push({ name, reason });
  }
  get empty(): boolean {
    return this.list.length === 0;
  }
  throwIfAny(): void {
    if (this.list.length) throw new QueryError([...this.list]);
  }
}
