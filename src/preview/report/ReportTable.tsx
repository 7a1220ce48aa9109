/**
 * The report as one table: a row group per stream (its items in priority order, then its total),
 * the program total at the foot. A column that does not apply to an item (opens of a program,
 * program runs of an email) shows a dash that says so.
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Name } from '../../ui/Name';
import type { PreviewFrame } from '../../engine';
import { countText } from '../../simulation/derive/dates';
import { editorStore } from '../../store/useEditor';
import { swatchStyle } from '../../ui/palette';
import { IndexCell } from './IndexCell';
import type { Report, ReportCounts, ReportItem, ReportStream } from './reportModel';

const EMAIL_COLUMNS = [
  'sends',
  'deliveries',
  'opens',
  'clicks',
  'unsubscribes',
  'blockedUnsubscribed',
  'blockedLimit',
] as const;
const PROGRAM_COLUMNS = ['processed', 'qualified', 'failed'] as const;
const COLUMNS = [...EMAIL_COLUMNS, ...PROGRAM_COLUMNS];
const WIDTH = COLUMNS.length + 3;

function Counts({ counts, type }: { counts: ReportCounts; type?: ReportItem['type'] }) {
  const { t, i18n } = useTranslation();
  return COLUMNS.map((key) => {
    const applies =
      type === undefined ||
      (type === 'email' ? (EMAIL_COLUMNS as readonly string[]) : PROGRAM_COLUMNS).includes(key);
    return (
      <td key={key} className="num">
        {applies ? (
          countText(i18n.language, counts[key])
        ) : (
          <>
            <span aria-hidden="true">–</span>
            <span className="visually-hidden">{t('preview.report.notApplicable')}</span>
          </>
        )}
      </td>
    );
  });
}

function StreamRows({ group, frame }: { group: ReportStream; frame: PreviewFrame }) {
  const { t } = useTranslation();
  const s = group.stream;
  const name = frame.streamNames[s]!;
  return (
    <tbody className="report-stream" style={swatchStyle(s)}>
      <tr className="report-stream__head">
        <th colSpan={WIDTH} scope="colgroup">
          <button
            type="button"
            className="report-stream__name"
            title={t('preview.report.selectStream', { name })}
            onClick={() =>
              editorStore.getState().select([{ kind: 'stream', id: frame.streamIds[s]! }])
            }
          >
            <Name lines={2}>{name}</Name>
          </button>
        </th>
      </tr>
      {group.items.length === 0 && (
        <tr>
          <td colSpan={WIDTH} className="report-stream__empty">
            {t('preview.report.noItems', { stream: name })}
          </td>
        </tr>
      )}
      {group.items.map((item) => {
        const id = frame.contentIds[item.content]!;
        const itemName = frame.contentNames[item.content]!;
        return (
          <tr key={item.content}>
            <th scope="row" className="report-item">
              <span className="report-item__id">{id}</span>
              {itemName !== id && (
                <span className="report-item__name">
                  {' '}
                  <Name>{itemName}</Name>
                </span>
              )}
            </th>
            <td className={`report-type report-type--${item.type}`}>
              {t(`preview.report.type.${item.type}`)}
            </td>
            <Counts counts={item} type={item.type} />
            <td className="num">
              <IndexCell item={item} />
            </td>
          </tr>
        );
      })}
      <tr className="report-total">
        <th scope="row">{t('preview.report.streamTotal', { stream: name })}</th>
        <td />
        <Counts counts={group.totals} />
        <td />
      </tr>
    </tbody>
  );
}

export const ReportTable = memo(function ReportTable({
  report,
  streams,
  frame,
}: {
  report: Report;
  /** The stream groups shown (all, or the lane selected on the canvas). */
  streams: ReportStream[];
  frame: PreviewFrame;
}) {
  const { t } = useTranslation();
  return (
    <div className="report-scroll">
      <table className="report-table" aria-label={t('preview.report.table')}>
        <thead>
          <tr>
            <th scope="col">{t('preview.report.columns.item')}</th>
            <th scope="col">{t('preview.report.columns.type')}</th>
            {COLUMNS.map((key) => (
              <th key={key} scope="col" className="num">
                {t(`preview.report.columns.${key}`)}
              </th>
            ))}
            <th scope="col" className="num">
              {t('preview.report.columns.index')}
            </th>
          </tr>
        </thead>
        {streams.map((group) => (
          <StreamRows key={group.stream} group={group} frame={frame} />
        ))}
        <tfoot>
          <tr className="report-total report-total--program">
            <th scope="row">{t('preview.report.programTotal')}</th>
            <td />
            <Counts counts={report.totals} />
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  );
});
