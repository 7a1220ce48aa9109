/** Every CSV row that cannot be imported, with its line and why; virtualised (a file can be all bad). */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { BadRow } from '../../worker/csvImport';
import { badRowText } from './csvText';

const ROW = 26;

export function BadRowList({ rows }: { rows: readonly BadRow[] }) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  // TanStack Virtual hands back fresh functions each render, which the React Compiler cannot
  // memoise; the list simply re-renders as it scrolls, as the library intends.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtual = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW,
    overscan: 10,
  });
  return (
    <div
      className="csv-bad"
      ref={scroller}
      role="region"
      aria-label={t('preview.audience.csv.badList')}
      tabIndex={0}
    >
      <ul className="csv-bad__list" style={{ height: virtual.getTotalSize() }}>
        {virtual.getVirtualItems().map((item) => (
          <li
            key={item.key}
            ref={virtual.measureElement}
            data-index={item.index}
            className="csv-bad__row"
            style={{ transform: `translateY(${item.start}px)` }}
          >
            {badRowText(t, rows[item.index]!)}
          </li>
        ))}
      </ul>
    </div>
  );
}
