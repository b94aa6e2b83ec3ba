import type { ReactNode } from 'react';

export interface Column<Row> {
  key: string;
  /** Header text with its unit, e.g. "Exports ($ bn)". */
  header: ReactNode;
  numeric?: boolean;
  /** Formatted cell; return null for a missing figure, shown as "—" and read as "no data". */
  cell: (row: Row) => ReactNode;
  /** Row header column (the year, the sector). */
  rowHeader?: boolean;
}

interface DataTableProps<Row> {
  caption: ReactNode;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  emptyMessage?: string;
}

export function MissingValue() {
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">no data</span>
    </>
  );
}

/** An accessible table: caption, header cells with scope, tabular numerals, explicit "no data". */
export function DataTable<Row>({ caption, columns, rows, rowKey, emptyMessage = 'No data for this selection.' }: DataTableProps<Row>) {
  return (
    // Wide tables scroll sideways: the region is focusable so keyboard users can scroll it too.
    <div className="table-scroll" tabIndex={0} role="region" aria-label={typeof caption === 'string' ? caption : 'Data table'}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={c.numeric ? 'num' : undefined}>
                {c.header}
              </th>
            ))}
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
            rows.map((row) => (
              <tr key={rowKey(row)}>
                {columns.map((c) => {
                  const content = c.cell(row);
                  const value = content === null || content === undefined || content === '—' ? <MissingValue /> : content;
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
      </table>
    </div>
  );
}
