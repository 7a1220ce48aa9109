/**
 * A content item in one stream: type and name (shared by every stream holding it, R14), active
 * (R8), availability window (R9), smart list of program items (R29), behaviour override, and
 * removal from this stream.
 */
import { useTranslation } from 'react-i18next';
import { removeItem, setItemType, updateItem } from '../document/actions/content';
import type { ItemPatch } from '../document/ops';
import type { ContentItem, Program, Stream } from '../model';
import { editorStore } from '../store/useEditor';
import { AvailabilityFields } from './AvailabilityFields';
import { BehaviorFields } from './BehaviorFields';
import { CheckboxField } from './CheckboxField';
import { DeleteButton } from './DeleteButton';
import { FilterListEditor } from './FilterListEditor';
import { PlacementFields } from './PlacementFields';
import { Section } from './Section';
import { SelectField } from './SelectField';
import { TextField } from './TextField';

export function ItemInspector({
  program,
  stream,
  item,
}: {
  program: Program;
  stream: Stream;
  item: ContentItem;
}) {
  const { t } = useTranslation();
  const { apply } = editorStore.getState();
  /** `typing`: the field being typed in (one undo step per field). */
  const patch = (p: ItemPatch, typing?: string) =>
    apply(updateItem, { stream: stream.id, item: item.id, patch: p, typing });
  const elsewhere = program.streams
    .filter((s) => s.id !== stream.id && (s.content ?? []).some((c) => c.id === item.id))
    .map((s) => s.name || s.id);
  return (
    <>
      <SelectField<ContentItem['type']>
        label={t('inspector.item.type')}
        value={item.type}
        options={[
          { value: 'email', label: t('card.email') },
          { value: 'program', label: t('card.program') },
        ]}
        onChange={(type) => apply(setItemType, { item: item.id, type })}
      />
      <TextField
        label={t('inspector.name')}
        value={item.name ?? ''}
        placeholder={item.id}
        onChange={(name) => patch({ name }, 'name')}
        hint={t('inspector.idHint', { id: item.id })}
      />
      <p className="inspector__context">
        {elsewhere.length > 0
          ? t('inspector.item.alsoIn', { streams: elsewhere.join(', ') })
          : t('inspector.item.onlyHere', { stream: stream.name || stream.id })}
      </p>
      <PlacementFields program={program} stream={stream} item={item} />
      <CheckboxField
        label={t('inspector.item.active')}
        hint={t('inspector.item.activeHint')}
        checked={item.active !== false}
        onChange={(active) => patch({ active })}
      />
      <Section title={t('inspector.item.window')}>
        <AvailabilityFields
          from={item.activeFrom}
          through={item.activeThrough}
          onChange={(bound, date) => patch({ [bound]: date }, bound)}
        />
      </Section>
      {item.type === 'program' ? (
        <Section title={t('inspector.item.qualify')} hint={t('inspector.item.qualifyHint')}>
          <FilterListEditor
            filters={item.qualify ?? []}
            empty={t('inspector.item.everyoneQualifies')}
            onChange={(qualify, typing) =>
              patch(
                { qualify: qualify.length > 0 ? qualify : undefined },
                typing ? 'qualify' : undefined,
              )
            }
          />
        </Section>
      ) : (
        <Section title={t('inspector.item.behavior')} hint={t('inspector.item.behaviorHint')}>
          <BehaviorFields
            behavior={item.behavior}
            inherited={program.behavior ?? {}}
            onChange={(behavior, rate) => patch({ behavior }, rate)}
          />
        </Section>
      )}
      <DeleteButton
        label={t('inspector.item.remove', { stream: stream.name || stream.id })}
        onDelete={() => apply(removeItem, { stream: stream.id, item: item.id }, { select: [] })}
      />
    </>
  );
}
