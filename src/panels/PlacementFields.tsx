/**
 * The keyboard's way to do what dragging does (R11, R14): move a card up or down its stream's
 * priority, move it to another stream, or place the same content in another stream too.
 */
import { useTranslation } from 'react-i18next';
import { moveItem, placeCopy } from '../document/actions/content';
import type { ContentItem, Program, Stream } from '../model';
import { editorStore } from '../store/useEditor';
import { Section } from './Section';
import { SelectField } from './SelectField';

export function PlacementFields({
  program,
  stream,
  item,
}: {
  program: Program;
  stream: Stream;
  item: ContentItem;
}) {
  const { t } = useTranslation();
  const content = stream.content ?? [];
  const index = content.findIndex((c) => c.id === item.id);
  const others = program.streams.filter(
    (s) => s.id !== stream.id && !(s.content ?? []).some((c) => c.id === item.id),
  );
  const { apply } = editorStore.getState();
  const from = { from: stream.id, item: item.id };
  const shift = (by: number) => apply(moveItem, { ...from, to: stream.id, index: index + by });
  const moveTo = (to: string) =>
    to !== '' &&
    apply(
      moveItem,
      { ...from, to, index: Number.MAX_SAFE_INTEGER },
      { select: [{ kind: 'item', stream: to, id: item.id }] },
    );
  const alsoIn = (to: string) =>
    to !== '' && apply(placeCopy, { ...from, to, index: Number.MAX_SAFE_INTEGER });
  const choices = [
    { value: '', label: t('inspector.placement.choose') },
    ...others.map((s) => ({ value: s.id, label: s.name || s.id })),
  ];
  return (
    <Section
      title={t('inspector.placement.title')}
      hint={t('inspector.placement.priority', { position: index + 1, count: content.length })}
    >
      <div className="inspector__buttons">
        <button type="button" onClick={() => shift(-1)} disabled={index <= 0}>
          {t('inspector.placement.up')}
        </button>
        <button type="button" onClick={() => shift(1)} disabled={index >= content.length - 1}>
          {t('inspector.placement.down')}
        </button>
      </div>
      {others.length > 0 && (
        <>
          <SelectField
            label={t('inspector.placement.moveTo')}
            value=""
            options={choices}
            onChange={moveTo}
          />
          <SelectField
            label={t('inspector.placement.alsoIn')}
            value=""
            options={choices}
            onChange={alsoIn}
          />
        </>
      )}
    </Section>
  );
}
