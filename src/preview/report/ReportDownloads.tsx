/**
 * The report's downloads: the report itself as CSV (made here, from what is on screen), and the
 * written records as CSV or JSON Lines, exported by the workers exactly as the command line prints
 * them. A refusal is shown with the worker's words.
 */
import { useTranslation } from 'react-i18next';
import type { PreviewFrame } from '../../engine';
import { downloadFile } from '../../ui/download';
import { reportCsv } from './reportCsv';
import type { Report } from './reportModel';
import { ExportProblem, useRecordsExport } from './useRecordsExport';

export function ReportDownloads({
  resultKey,
  report,
  frame,
  baseName,
}: {
  resultKey: string;
  report: Report;
  frame: PreviewFrame;
  baseName: string;
}) {
  const { t } = useTranslation();
  const records = useRecordsExport(resultKey, baseName);
  const error = records.error;
  return (
    <div className="report-downloads" role="group" aria-label={t('preview.report.download.label')}>
      <button
        type="button"
        className="report-button"
        onClick={() =>
          downloadFile(reportCsv(report, frame), `${baseName}-report.csv`, 'text/csv;charset=utf-8')
        }
      >
        {t('preview.report.download.report')}
      </button>
      <button
        type="button"
        className="report-button"
        disabled={records.isPending}
        onClick={() => records.mutate('csv')}
      >
        {t('preview.report.download.recordsCsv')}
      </button>
      <button
        type="button"
        className="report-button"
        disabled={records.isPending}
        onClick={() => records.mutate('jsonl')}
      >
        {t('preview.report.download.recordsJsonl')}
      </button>
      {records.isPending && (
        <span className="report-downloads__status" role="status">
          {t('preview.report.download.preparing')}
        </span>
      )}
      {error && (
        <p className="report-downloads__error" role="alert">
          {error instanceof ExportProblem && error.missing
            ? t('preview.report.download.missing')
            : t('preview.report.download.failed', { problem: error.message })}
        </p>
      )}
    </div>
  );
}
