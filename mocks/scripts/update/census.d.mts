export interface CensusRequest {
  id: 'exports' | 'imports';
  endpoint: string;
  commodity: string;
  description: string;
  values: { variable: string; flow: 'exports' | 'imports'; basis: string }[];
}
export interface CensusTable {
  header: string[];
  rows: (string | null)[][];
}
export interface CensusChapterRow {
  hs2: string;
  description: string;
  values: Record<string, string | null>;
}
export declare const CENSUS_BASE: string;
export declare const KEY_SIGNUP: string;
export declare const KOREA: string;
export declare const FIRST_MONTH: string;
export declare const CENSUS_REQUESTS: [CensusRequest, CensusRequest];
export declare function getColumns(req: CensusRequest): string[];
export declare function censusUrl(req: CensusRequest, month: string, key?: string): string;
export declare function checkCensusResponse(
  res: { status: number; contentType: string; headers?: Headers; location?: string; text: string },
  url: string,
): CensusTable | null;
export declare function parseCensusTable(body: string, where?: string): CensusTable;
export declare function columns(header: string[]): { index: Map<string, number>; copies: Map<string, number[]> };
export declare function censusChapterRows(
  table: CensusTable,
  req: CensusRequest,
  month: string,
  where?: string,
): { rows: CensusChapterRow[]; skipped: number };
