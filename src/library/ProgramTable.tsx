// The programs kept in this browser, most recently edited first.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgramSummary } from '../db/types';
import { ProgramRow, type RowActions } from './ProgramRow';
import { useNow } from '../ui/useNow';

interface ProgramTableProps {
  programs: readonly ProgramSummary[];
  actions: RowActions;
}

export function ProgramTable({ programs, actions }: ProgramTableProps) {
  const { t } = useTranslation();
  const now = useNow();
  const [renamingId, setRenamingId] = useState<string | null>(null);
  const names = new Map(programs.map((p) => [p.id, p.name]));

  const rowActions: RowActions = {
    ...actions,
    rename: (program, name, byKey) => {
      setRenamingId(null);
      actions.rename(program, name, byKey);
    },
  };

  return (
    <table className="program-table">
      <caption className="visually-hidden">{t('library.table.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('library.table.name')}</th>
          <th scope="col" className="program-table__num">
            {t('library.table.streams')}
          </th>
          <th scope="col">{t('library.table.edited')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('library.table.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {programs.map((program) => (
          <ProgramRow
            key={program.id}
            program={program}
            originalName={
              program.variantOf === null ? null : (names.get(program.variantOf) ?? null)
            }
            now={now}
            renaming={renamingId === program.id}
            onRename={() => setRenamingId(program.id)}
            actions={rowActions}
          />
        ))}
      </tbody>
    </table>
  );
}
