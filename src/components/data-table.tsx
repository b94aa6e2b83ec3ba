import { useMemo, useState, type ReactNode } from 'react';
import { sortRows, type SortDirection, type SortValue } from '../lib/table-math.ts';

export interface Column<Row> {
  key: string;
  /** Header text with its unit, e.g. "Exports ($ bn)". */
  header: ReactNode;
  numeric?: boolean;
  /** Formatted cell; return null for a missing figure, shown as "—" and read as "no data". */
  cell: (row: Row) => ReactNode;
  /** Row header column (the year, the sector). */
  rowHeader?: boolean;
  /** Raw value to sort by (numbers as numbers); without it the column does not sort. */
  sortValue?: (row: Row) => SortValue;
}

/** A row under the data (e.g. the change from the first to the last year); it never sorts. */
export interface SummaryRow {
  key: string;
  label: ReactNode;
  /** Cells by column key; a missing key is an empty cell, null is "no data". */
  cells: Record<string, ReactNode>;
}

interface DataTableProps<Row> {
  caption: ReactNode;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  emptyMessage?: string;
  summary?: SummaryRow[];
}

export function MissingValue() {
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">no data</span>
    </>
  );
}

const shown = (content: ReactNode) =>
  content === null || content === undefined || content === '—' ? <MissingValue /> : content;

/**
 * An accessible table: caption, header cells with scope, tabular numerals, explicit "no data". Every
 * sortable header is a button; aria-sort tells which column orders the rows. Missing figures sort last.
 */
export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  emptyMessage = 'No data for this selection.',
  summary = [],
}: DataTableProps<Row>) {
  const [sort, setSort] = useState<{ key: string; direction: SortDirection } | null>(null);
  const sortColumn = sort ? columns.find((c) => c.key === sort.key && c.sortValue) : undefined;
  const sorted = useMemo(
    () => (sort && sortColumn?.sortValue ? sortRows(rows, sortColumn.sortValue, sort.direction) : rows),
    [rows, sort, sortColumn],
  );
  const toggle = (key: string) =>
    setSort((s) => ({ key, direction: s?.key === key && s.direction === 'ascending' ? 'descending' : 'ascending' }));

  return (
    // Wide tables scroll sideways: the region is focusable so keyboard users can scroll it too.
    <div
      className="table-scroll"
      tabIndex={0}
      role="region"
      aria-label={typeof caption === 'string' ? caption : 'Data table'}
    >
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => {
              const direction = sort?.key === c.key && sortColumn ? sort.direction : undefined;
              return (
                <th
                  key={c.key}
                  scope="col"
                  className={c.numeric ? 'num' : undefined}
                  aria-sort={c.sortValue ? (direction ?? 'none') : undefined}
                >
                  {c.sortValue ? (
                    <button type="button" className="data-table__sort" onClick={() => toggle(c.key)}>
                      {c.header}
                    </button>
                  ) : (
                    c.header
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="data-table__empty">
                {emptyMessage}
              </td>
            </tr>
          ) : (
            sorted.map((row) => (
              <tr key={rowKey(row)}>
                {columns.map((c) => {
                  const value = shown(c.cell(row));
                  return c.rowHeader ? (
                    <th key={c.key} scope="row" className={c.numeric ? 'num' : undefined}>
                      {value}
                    </th>
                  ) : (
                    <td key={c.key} className={c.numeric ? 'num' : undefined}>
                      {value}
                    </td>
                  );
                })}
              </tr>
            ))
          )}
        </tbody>
        {summary.length > 0 && rows.length > 0 && (
          <tfoot>
            {summary.map((s) => (
              <tr key={s.key} className="data-table__summary">
                {columns.map((c, i) =>
                  i === 0 ? (
                    <th key={c.key} scope="row">
                      {s.label}
                    </th>
                  ) : (
                    <td key={c.key} className={c.numeric ? 'num' : undefined}>
                      {c.key in s.cells ? shown(s.cells[c.key]) : null}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tfoot>
        )}
      </table>
    </div>
  );
}
