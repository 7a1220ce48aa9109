/**
 * One program of the library: its name (a link into the editor), stream count, last edit and the
 * row's actions. Every button names its program for screen readers ("Rename Nurture-A").
 */
import { useTranslation } from 'react-i18next';
import { hrefOf } from '../app/route';
import { Name } from '../ui/Name';
import type { ProgramSummary } from '../db/types';
import { EditedTime } from './EditedTime';
import { RenameField } from './RenameField';

export interface RowActions {
  /** Ends an inline rename: saves `name` unless null; `byKey` returns focus to the button. */
  rename: (program: ProgramSummary, name: string | null, byKey: boolean) => void;
  duplicate: (program: ProgramSummary) => void;
  variant: (program: ProgramSummary) => void;
  exportFile: (program: ProgramSummary) => void;
  remove: (program: ProgramSummary) => void;
}

interface ProgramRowProps {
  program: ProgramSummary;
  /** The name of the program this one is a variant of, when it is one and still in the library. */
  originalName: string | null;
  now: number;
  renaming: boolean;
  onRename: () => void;
  actions: RowActions;
}

export function ProgramRow({
  program,
  originalName,
  now,
  renaming,
  onRename,
  actions,
}: ProgramRowProps) {
  const { t } = useTranslation();
  const { name } = program;
  const href = hrefOf({ page: 'program', id: program.id });
  return (
    <tr className="program-row">
      <th scope="row" className="program-row__name" data-label={t('library.table.name')}>
        {renaming ? (
          <RenameField name={name} onDone={(next, byKey) => actions.rename(program, next, byKey)} />
        ) : (
          <a className="program-row__title" href={href} tabIndex={-1}>
            <Name lines={2}>{name}</Name>
          </a>
        )}
        {originalName !== null && (
          <span className="program-row__variant">
            {t('library.variantOf', { name: originalName })}
          </span>
        )}
      </th>
      <td className="program-row__streams" data-label={t('library.table.streams')}>
        {program.streamCount}
      </td>
      <td className="program-row__edited" data-label={t('library.table.edited')}>
        <EditedTime time={program.updatedAt} now={now} />
      </td>
      <td className="program-row__actions">
        <div className="row-actions">
          <a
            className="library__button library__button--small library__button--primary"
            href={href}
            aria-label={t('library.row.openLabel', { name })}
            data-focus-key={`open:${program.id}`}
          >
            {t('library.row.open')}
          </a>
          <button
            type="button"
            className="library__button library__button--small"
            aria-label={t('library.row.renameLabel', { name })}
            data-focus-key={`rename:${program.id}`}
            onClick={onRename}
            disabled={renaming}
          >
            {t('library.row.rename')}
          </button>
          <button
            type="button"
            className="library__button library__button--small"
            aria-label={t('library.row.duplicateLabel', { name })}
            onClick={() => actions.duplicate(program)}
          >
            {t('library.row.duplicate')}
          </button>
          <button
            type="button"
            className="library__button library__button--small"
            aria-label={t('library.row.variantLabel', { name })}
            onClick={() => actions.variant(program)}
          >
            {t('library.row.variant')}
          </button>
          <button
            type="button"
            className="library__button library__button--small"
            aria-label={t('library.row.exportLabel', { name })}
            onClick={() => actions.exportFile(program)}
          >
            {t('library.row.export')}
          </button>
          <button
            type="button"
            className="library__button library__button--small library__button--danger"
            aria-label={t('library.row.deleteLabel', { name })}
            onClick={() => actions.remove(program)}
          >
            {t('library.row.delete')}
          </button>
        </div>
      </td>
    </tr>
  );
}
