/**
 * A chart's text alternative: a real table with a caption, column headers and row headers, numbers
 * in the reader's language. Rows may come in groups (a <tbody> per group, headed by its name).
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCount } from './timeLabels';

/** A number (formatted, right-aligned), a text, or null: does not apply (a dash). */
export type Cell = string | number | null;

export interface TableRow {
  key: string;
  header: string;
  cells: readonly Cell[];
}

export interface TableGroup {
  key: string;
  /** Heading of the group; none for a table without groups. */
  header?: string;
  rows: readonly TableRow[];
}

export function DataTable({
  caption,
  rowHeader,
  columns,
  groups,
}: {
  caption: string;
  rowHeader: string;
  columns: readonly string[];
  groups: readonly TableGroup[];
}) {
  const { i18n } = useTranslation();
  const id = useId();
  const text = (cell: Cell) =>
    cell === null ? '—' : typeof cell === 'number' ? formatCount(i18n.language, cell) : cell;
  return (
    // A scrolling region must be reachable by keyboard to be scrolled (WCAG 2.1.1).
    <div className="chart-table" role="region" aria-labelledby={id} tabIndex={0}>
      <table>
        <caption id={id}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{rowHeader}</th>
            {columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        {groups.map((group) => (
          <tbody key={group.key}>
            {group.header !== undefined && (
              <tr>
                <th scope="rowgroup" colSpan={columns.length + 1} className="chart-table__group">
                  {group.header}
                </th>
              </tr>
            )}
            {group.rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.header}</th>
                {row.cells.map((cell, i) => (
                  <td
                    key={i}
                    className={typeof cell === 'string' ? undefined : 'chart-table__number'}
                  >
                    {text(cell)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
