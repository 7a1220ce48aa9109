/**
 * The CSV import dialog: reading progress, the column mapping with detected types, the check of
 * every row, and "Import N people". Nothing changes in the document until that button; Cancel (or
 * Escape) leaves everything as it was.
 */
import './csvDialog.css';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExistingPeople, JoinOnImport } from '../../document/ops/people';
import type { Person } from '../../model';
import { Modal } from '../../ui/Modal';
import type { CsvContext } from '../../worker/csvImport';
import { CheckResult } from './CheckResult';
import { ColumnMapping } from './ColumnMapping';
import { delimiterText, mappingProblemText } from './csvText';
import { useCsvImport } from './useCsvImport';
import { JoinFields } from './JoinFields';
import { joinOf, type JoinChoice } from './joinChoice';

export interface CsvImportDialogProps {
  file: File;
  /** What the document holds when the dialog opens (listed ids, cohorts, program items). */
  context: CsvContext;
  onImport: (people: Person[], existing: ExistingPeople, join: JoinOnImport | undefined) => void;
  onClose: () => void;
  /** The program's streams, and the first day of the simulated period, to add the people there. */
  streams: readonly { id: string; name: string }[];
  joinDate: string;
}

export function CsvImportDialog({
  file,
  context,
  onImport,
  onClose,
  streams,
  joinDate,
}: CsvImportDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const csv = useCsvImport(file, context);
  const [existing, setExisting] = useState<ExistingPeople>('update');
  const [join, setJoin] = useState<JoinChoice>({
    join: streams.length > 0,
    stream: streams[0]?.id ?? '',
    date: joinDate,
    time: '08:00',
  });
  const { read, check } = csv;
  const summary = read.step === 'ready' ? read.summary : null;
  const empty = summary !== null && (summary.rows === 0 || summary.columns.length === 0);
  const count = check ? check.good - (existing === 'skip' ? check.listed : 0) : 0;
  const [importing, setImporting] = useState(false);
  const confirm = () => {
    setImporting(true);
    csv.people().then(
      (people) => onImport(people, existing, joinOf(join)),
      () => setImporting(false),
    );
  };
  const headers = summary?.columns.map((c) => c.header) ?? [];

  return (
    <Modal titleId={titleId} onClose={onClose} className="modal--wide csv-dialog">
      <h2 id={titleId} className="modal__title">
        {t('preview.audience.csv.title', { file: file.name })}
      </h2>
      {read.step === 'reading' && (
        <div className="csv-dialog__reading">
          <p>{t('preview.audience.csv.reading', { file: file.name })}</p>
          <progress aria-label={t('preview.audience.csv.progress')} max={1} value={read.fraction} />
        </div>
      )}
      {read.step === 'failed' && (
        <p className="csv-dialog__error" role="alert">
          {t('preview.audience.csv.failed', { file: file.name, message: read.message })}
        </p>
      )}
      {empty && (
        <p className="csv-dialog__error" role="alert">
          {t('preview.audience.csv.emptyFile', { file: file.name })}
        </p>
      )}
      {summary && !empty && (
        <>
          <p>
            {t('preview.audience.csv.found', {
              count: summary.rows,
              columns: summary.columns.length,
              delimiter: delimiterText(t, summary.delimiter),
            })}
          </p>
          <ColumnMapping
            summary={summary}
            mapping={csv.mapping}
            onChange={(column, target) =>
              csv.setMapping((mapping) => mapping.map((m, i) => (i === column ? target : m)))
            }
          />
          <p className="modal__hint">{t('preview.audience.csv.typesHint')}</p>
          {csv.problems.length > 0 && (
            <ul className="csv-dialog__problems" role="alert">
              {csv.problems.map((problem) => (
                <li key={JSON.stringify(problem)}>{mappingProblemText(t, problem, headers)}</li>
              ))}
            </ul>
          )}
          {csv.checking && !csv.shown && (
            <p className="csv-check__status" role="status">
              {t('preview.audience.csv.checking')}
            </p>
          )}
          {csv.shown && (
            <CheckResult
              check={csv.shown}
              checking={csv.checking}
              existing={existing}
              onExisting={setExisting}
            />
          )}
          <JoinFields choice={join} streams={streams} onChange={setJoin} />
        </>
      )}
      <div className="modal__buttons">
        <button type="button" className="audience-button" onClick={onClose}>
          {t('preview.audience.csv.cancel')}
        </button>
        {summary && !empty && (
          <button
            type="button"
            className="audience-button audience-button--primary"
            disabled={check === null || count === 0 || importing}
            onClick={confirm}
          >
            {t('preview.audience.csv.import', { count })}
          </button>
        )}
      </div>
    </Modal>
  );
}
