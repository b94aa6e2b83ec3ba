export interface Revision {
  series: string;
  period: string;
  old: number | null;
  new: number | null;
  delta: number | null;
  pct: number | null;
}
export interface UpdateReport {
  dataAsOf: { old: string | null; new: string | null };
  sets: { name: string; added: string[]; removed: string[]; revised: Revision[] }[];
  chaptersNew: string[];
  chaptersOutsideCatalogue: string[];
}
export declare function compareData(oldDir: string, newDir: string): UpdateReport;
export declare function formatReport(report: UpdateReport, options?: { limit?: number }): string;
