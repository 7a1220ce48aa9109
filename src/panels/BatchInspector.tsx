/**
 * A batch move (R41): every day at a time (program zone), members of one stream (or of any) who
 * pass all filters move to another stream. The usual one is "exhausted -> next stream".
 */
import { useTranslation } from 'react-i18next';
import { removeBatchMove, updateBatchMove } from '../document/actions/batchMoves';
import { useNames } from '../wording/useNames';
import { DEFAULT_BATCH_TIME, type BatchMove } from '../model';
import { editorStore } from '../store/useEditor';
import { optionsOf } from './choices';
import { DeleteButton } from './DeleteButton';
import { FilterListEditor } from './FilterListEditor';
import { filtersText } from '../wording/filters';
import { Section } from './Section';
import { SelectField } from './SelectField';
import { useChoices } from './useChoices';
import { TimeField } from '../ui/TimeField';

const ANY = '';

export function BatchInspector({ batch }: { batch: BatchMove }) {
  const { t } = useTranslation();
  const choices = useChoices();
  const names = useNames();
  const save = (next: BatchMove, typing?: boolean) =>
    editorStore.getState().apply(updateBatchMove, { batch: next, typing });
  const time = batch.time ?? DEFAULT_BATCH_TIME;
  const filters = batch.filters ?? [];
  const summaryValues = {
    time,
    from: batch.from === undefined ? t('inspector.batch.anyStream') : names.stream(batch.from),
    to: names.stream(batch.to),
    conditions: filtersText(t, filters, names),
  };
  return (
    <>
      <p className="inspector__summary" aria-live="polite" data-testid="batch-summary">
        {t(
          filters.length > 0 ? 'inspector.batch.summary' : 'inspector.batch.summaryAll',
          summaryValues,
        )}
      </p>
      <SelectField
        label={t('inspector.batch.from')}
        value={batch.from ?? ANY}
        options={[
          { value: ANY, label: t('inspector.anyStream') },
          ...optionsOf(choices.streams, batch.from),
        ]}
        onChange={(from) => {
          const next = { ...batch };
          if (from === ANY) delete next.from;
          else next.from = from;
          save(next);
        }}
      />
      <SelectField
        label={t('inspector.batch.to')}
        value={batch.to}
        options={optionsOf(choices.streams, batch.to)}
        onChange={(to) => save({ ...batch, to })}
      />
      {batch.from === batch.to && (
        <p className="field__warning">{t('inspector.batch.sameStream')}</p>
      )}
      <TimeField
        label={t('inspector.batch.time')}
        value={time}
        onCommit={(text) => save({ ...batch, time: text }, true)}
      />
      <Section title={t('inspector.batch.filters')} hint={t('inspector.rule.filtersHint')}>
        <FilterListEditor
          filters={filters}
          empty={t('inspector.batch.noFilters')}
          onChange={(next, typing) => save({ ...batch, filters: next }, typing)}
        />
      </Section>
      <DeleteButton
        label={t('inspector.batch.delete')}
        onDelete={() =>
          editorStore.getState().apply(removeBatchMove, { id: batch.id }, { select: [] })
        }
      />
    </>
  );
}
