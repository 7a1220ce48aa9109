/**
 * "Move when exhausted" (R41): exhaustion is a filter, not a trigger, so the move is a daily batch
 * from this stream. Choosing a destination adds that batch move (07:00 by default); its edge and
 * the batch inspector then show it and let it be changed or removed.
 */
import { useTranslation } from 'react-i18next';
import { addBatchMove } from '../document/actions/batchMoves';
import type { Scenario, Stream } from '../model';
import { editorStore } from '../store/useEditor';
import { Section } from './Section';
import { SelectField } from './SelectField';

export function ExhaustedMoveField({ stream, doc }: { stream: Stream; doc: Scenario }) {
  const { t } = useTranslation();
  const existing = (doc.program.batchMoves ?? []).filter((b) => b.from === stream.id);
  const targets = doc.program.streams.filter(
    (s) => s.id !== stream.id && !existing.some((b) => b.to === s.id),
  );
  const add = (to: string) => {
    if (to === '') return;
    editorStore
      .getState()
      .apply(addBatchMove, { from: stream.id, to }, { select: (id) => ({ kind: 'batch', id }) });
  };
  return (
    <Section title={t('inspector.exhaustedMove.title')} hint={t('inspector.exhaustedMove.hint')}>
      {existing.length > 0 && (
        <ul className="inspector__list">
          {existing.map((b) => (
            <li key={b.id}>
              <button
                type="button"
                className="linklike"
                onClick={() => editorStore.getState().select([{ kind: 'batch', id: b.id }])}
              >
                {t('inspector.exhaustedMove.existing', {
                  stream: doc.program.streams.find((s) => s.id === b.to)?.name ?? b.to,
                  time: b.time ?? '07:00',
                })}
              </button>
            </li>
          ))}
        </ul>
      )}
      {targets.length > 0 && (
        <SelectField
          label={t('inspector.exhaustedMove.add')}
          value=""
          options={[
            { value: '', label: t('inspector.exhaustedMove.choose') },
            ...targets.map((s) => ({ value: s.id, label: s.name ?? s.id })),
          ]}
          onChange={add}
        />
      )}
    </Section>
  );
}
