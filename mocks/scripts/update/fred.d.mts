export declare const FRED_GRAPH: string;
export declare const FRED_PARTNERS: { name: string; exports: string | null; imports: string | null }[];
export declare function fredSeriesIds(): string[];
export declare function fredUrl(id: string): string;
export declare function checkFredResponse(
  res: { status: number; contentType: string; text: string },
  id: string,
): Map<string, string | null>;
export declare function parseFredCsv(body: string, id: string, where?: string): Map<string, string | null>;
