export declare const HELP: string;
export declare function main(
  argv: string[],
  io?: {
    fetchImpl?: typeof fetch;
    env?: Record<string, string | undefined>;
    log?: (s: string) => void;
    error?: (s: string) => void;
  },
): Promise<number>;
