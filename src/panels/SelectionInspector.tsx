/**
 * Several elements selected on the canvas (shift-click, a selection box): what they are, and what
 * can be done to all of them at once, each one undo step: switch the selected cards on or off
 * (R8), move them to another stream (to its bottom, in the order shown), delete everything selected.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { moveItems, setItemsActive } from '../document/actions/content';
import { deleteParts } from '../document/actions/deletion';
import { planMove, placementsAfterMove, type Placement } from '../document/ops';
import type { Selected } from '../document/selected';
import type { Scenario } from '../model';
import { editorStore } from '../store/useEditor';
import { useNames } from '../wording/useNames';
import { DeleteButton } from './DeleteButton';
import { Section } from './Section';
import { SelectField } from './SelectField';

type Kind = Exclude<Selected['kind'], 'program'>;
const COUNTED: readonly [Kind, 'cards' | 'streams' | 'rules' | 'batches'][] = [
  ['item', 'cards'],
  ['stream', 'streams'],
  ['rule', 'rules'],
  ['batch', 'batches'],
];

/** The selected cards that still exist, with whether each is on. */
function cardsOf(doc: Scenario, selection: readonly Selected[]) {
  return selection.flatMap((s) => {
    if (s.kind !== 'item') return [];
    const item = doc.program.streams
      .find((stream) => stream.id === s.stream)
      ?.content?.find((c) => c.id === s.id);
    return item ? [{ stream: s.stream, id: s.id, active: item.active !== false }] : [];
  });
}

export function SelectionInspector({
  doc,
  selection,
}: {
  doc: Scenario;
  selection: readonly Selected[];
}) {
  const { t } = useTranslation();
  const names = useNames();
  const [blocked, setBlocked] = useState<string | null>(null);
  const cards = cardsOf(doc, selection);
  const placements: Placement[] = cards.map(({ stream, id }) => ({ stream, id }));
  const active = cards.filter((c) => c.active).length;
  const parts = COUNTED.flatMap(([kind, key]) => {
    const count = selection.filter((s) => s.kind === kind).length;
    return count > 0 ? [t(`inspector.selection.${key}`, { count })] : [];
  });
  const { apply } = editorStore.getState();

  const setActive = (on: boolean) => {
    if ((on ? active : cards.length - active) === cards.length) return; // nothing to change
    apply(setItemsActive, { items: placements, active: on });
  };
  const moveTo = (to: string) => {
    if (to === '') return;
    const stuck = planMove(doc, placements, to).blocked;
    const after = placementsAfterMove(doc, placements, to);
    const moved = new Map(placements.map((p, i) => [`${p.stream}/${p.id}`, after[i]!]));
    apply(
      moveItems,
      { items: placements, to },
      {
        select: selection.map((s) =>
          s.kind === 'item' ? { kind: 'item', ...(moved.get(`${s.stream}/${s.id}`) ?? s) } : s,
        ),
      },
    );
    setBlocked(
      stuck.length === 0
        ? null
        : t('inspector.selection.blocked', {
            count: stuck.length,
            items: t('inspector.selection.list', {
              values: stuck.map((p) => names.content(p.id)),
            }),
            stream: names.stream(to),
          }),
    );
  };

  return (
    <>
      <p className="inspector__summary" data-testid="selection-summary">
        {t('inspector.selection.summary', {
          parts: t('inspector.selection.list', { values: parts }),
        })}
      </p>
      {cards.length > 0 && (
        <Section title={t('inspector.selection.cardsTitle')}>
          <p className="inspector__context">
            {t('inspector.selection.active', { active, count: cards.length })}
          </p>
          <div className="inspector__buttons">
            <button
              type="button"
              aria-disabled={active === cards.length}
              onClick={() => setActive(true)}
            >
              {t('inspector.selection.activate')}
            </button>
            <button type="button" aria-disabled={active === 0} onClick={() => setActive(false)}>
              {t('inspector.selection.deactivate')}
            </button>
          </div>
          <SelectField
            label={t('inspector.selection.moveTo')}
            value=""
            options={[
              { value: '', label: t('inspector.placement.choose') },
              ...doc.program.streams.map((s) => ({ value: s.id, label: names.stream(s.id) })),
            ]}
            onChange={moveTo}
          />
          <p className="field__warning" role="status">
            {blocked}
          </p>
        </Section>
      )}
      {selection.some((s) => s.kind === 'stream') && (
        <p className="field__hint">{t('inspector.selection.deleteHint')}</p>
      )}
      <DeleteButton
        label={t('inspector.selection.delete')}
        onDelete={() => apply(deleteParts, { parts: selection }, { select: [] })}
      />
    </>
  );
}
