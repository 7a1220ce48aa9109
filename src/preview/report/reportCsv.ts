/**
 * The report as CSV (RFC 4180: CRLF line ends, fields quoted where needed): one row per stream item,
 * a total row per stream, one for the program. Column ids in English, numbers unformatted, so a
 * spreadsheet or a script reads it the same in every language.
 */
import { csvField, formatInstant, type PreviewFrame } from '../../engine';
import { COUNT_KEYS, type Report, type ReportCounts, type ReportItem } from './reportModel';

const COUNT_COLUMNS: Record<keyof ReportCounts, string> = {
  sends: 'sends',
  deliveries: 'deliveries',
  opens: 'opens',
  clicks: 'clicks',
  unsubscribes: 'unsubscribes',
  blockedUnsubscribed: 'blocked_unsubscribed',
  blockedLimit: 'blocked_limit',
  processed: 'program_processed',
  qualified: 'program_qualified',
  failed: 'program_failed_smart_list',
};

export const REPORT_COLUMNS = [
  'row',
  'stream',
  'stream_name',
  'item',
  'item_name',
  'type',
  ...COUNT_KEYS.map((key) => COUNT_COLUMNS[key]),
  'engagement_index',
  'previous_index',
  'trend',
  'low_volume',
  'index_volume',
  'index_as_of',
];

const line = (fields: (string | number)[]) => fields.map((f) => csvField(String(f))).join(',');
const counts = (c: ReportCounts) => COUNT_KEYS.map((key) => c[key]);

function itemFields(item: ReportItem, asOf: string): (string | number)[] {
  const e = item.engagement;
  return [
    e.index ?? '',
    e.previousIndex ?? '',
    e.trend ?? '',
    item.type === 'email' ? String(e.lowVolume) : '',
    e.volume,
    asOf,
  ];
}

export function reportCsv(report: Report, frame: PreviewFrame): string {
  const asOf = formatInstant(report.asOf);
  const lines = [line(REPORT_COLUMNS)];
  const noIndex = ['', '', '', '', '', ''];
  for (const { stream: s, items, totals } of report.streams) {
    const stream = [frame.streamIds[s]!, frame.streamNames[s]!];
    for (const item of items)
      lines.push(
        line([
          'item',
          ...stream,
          frame.contentIds[item.content]!,
          frame.contentNames[item.content]!,
          item.type,
          ...counts(item),
          ...itemFields(item, asOf),
        ]),
      );
    lines.push(line(['stream_total', ...stream, '', '', '', ...counts(totals), ...noIndex]));
  }
  lines.push(line(['program_total', '', '', '', '', '', ...counts(report.totals), ...noIndex]));
  return lines.join('\r\n') + '\r\n';
}
