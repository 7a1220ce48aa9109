/**
 * The ARIA grid pattern's keyboard: one cell is tabbable (a roving tab index), the arrow keys move
 * it, Home/End go to the row's ends, Ctrl+Home/End to the grid's corners, PageUp/PageDown by a page.
 * The focused cell is kept in state so a virtualised grid can keep it rendered.
 */
import { useCallback, useState, type KeyboardEvent } from 'react';

export interface GridPosition {
  row: number;
  col: number;
}

export function useRovingGrid(rows: number, cols: number, page = 10) {
  const [active, setActive] = useState<GridPosition>({ row: 0, col: 0 });
  const clamp = useCallback(
    (p: GridPosition): GridPosition => ({
      row: Math.max(0, Math.min(rows - 1, p.row)),
      col: Math.max(0, Math.min(cols - 1, p.col)),
    }),
    [rows, cols],
  );
  const current = clamp(active);
  const onKeyDown = useCallback(
    (event: KeyboardEvent): GridPosition | null => {
      const { row, col } = current;
      const ctrl = event.ctrlKey || event.metaKey;
      const moves: Record<string, GridPosition> = {
        ArrowUp: { row: row - 1, col },
        ArrowDown: { row: row + 1, col },
        ArrowLeft: { row, col: col - 1 },
        ArrowRight: { row, col: col + 1 },
        Home: ctrl ? { row: 0, col: 0 } : { row, col: 0 },
        End: ctrl ? { row: rows - 1, col: cols - 1 } : { row, col: cols - 1 },
        PageUp: { row: row - page, col },
        PageDown: { row: row + page, col },
      };
      const next = moves[event.key];
      if (next === undefined) return null;
      event.preventDefault();
      const target = clamp(next);
      setActive(target);
      return target;
    },
    [current, rows, cols, page, clamp],
  );
  return { active: current, setActive, onKeyDown };
}
