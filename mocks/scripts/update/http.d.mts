export interface HttpAnswer {
  status: number;
  contentType: string;
  headers: Headers;
  location: string;
  text: string;
}
export interface Http {
  fetch: typeof fetch;
  delays?: number[];
  sleep?: (ms: number) => Promise<void>;
  log?: (s: string) => void;
}
export declare const DEFAULT_DELAYS: number[];
export declare function redact(url: string): string;
export declare function get(http: Http, url: string): Promise<HttpAnswer>;
