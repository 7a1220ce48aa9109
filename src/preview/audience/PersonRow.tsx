/**
 * One person in the people table: id, time zone, one cell per attribute (its type shown), program
 * memberships, unsubscribed, delete. Every change is a named action on the document.
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { updatePerson } from '../../document/actions/people';
import { idClash, type PersonPatch } from '../../document/ops/people';
import type { Person } from '../../model';
import { editorStore } from '../../store/useEditor';
import { kindOf, resolveZone, typedValue, valueText } from '../../worker/csvValues';
import { CellInput } from './CellInput';
import { clashText } from './clashText';

const update = (id: string, patch: PersonPatch) =>
  editorStore.getState().apply(updatePerson, { id, patch });

export interface RowContext {
  attributes: readonly string[];
  /** Program item names by id (memberships of removed items show their id). */
  programNames: ReadonlyMap<string, string>;
  zoneList: string;
  programZone: string;
  problemId: string;
  onProblem: (field: string, message: string | null) => void;
  onPrograms: (id: string) => void;
  onDelete: (id: string) => void;
}

export const PersonRow = memo(function PersonRow({
  person,
  rowIndex,
  start,
  context,
}: {
  person: Person;
  /** aria-rowindex: 1 is the header row. */
  rowIndex: number;
  start: number;
  context: RowContext;
}) {
  const { t } = useTranslation();
  const { id } = person;
  const shared = { onProblem: context.onProblem, problemId: context.problemId };
  const programs = person.programs ?? [];
  const programsText =
    programs.map((p) => context.programNames.get(p) ?? p).join(', ') ||
    t('preview.audience.people.noPrograms');
  // Empty, or "Program zone" picked from the list: no zone of their own (R23).
  const programZone = t('preview.audience.people.programZone').toLowerCase();
  const ownZone = (text: string) => !['', programZone].includes(text.trim().toLowerCase());
  const zoneText = (text: string) => (ownZone(text) ? resolveZone(text) : null);

  return (
    <div
      role="row"
      aria-rowindex={rowIndex}
      className="aud-row"
      style={{ transform: `translateY(${start}px)` }}
    >
      <div role="cell" className="aud-cell">
        <CellInput
          {...shared}
          label={t('preview.audience.people.cell.id', { id })}
          value={id}
          apply="leaving"
          check={(text) => {
            const doc = editorStore.getState().doc;
            const clash = doc && text.trim() !== id ? idClash(doc, text.trim(), id) : null;
            return clash ? clashText(t, text.trim(), clash) : null;
          }}
          same={(text) => text.trim() === id}
          onCommit={(text) => update(id, { id: text.trim() })}
        />
      </div>
      <div role="cell" className="aud-cell">
        <CellInput
          {...shared}
          label={t('preview.audience.people.cell.timeZone', { id })}
          value={person.timeZone ?? ''}
          apply="typing"
          list={context.zoneList}
          placeholder={t('preview.audience.people.programZoneOf', { zone: context.programZone })}
          check={(text) =>
            !ownZone(text) || resolveZone(text)
              ? null
              : t('preview.audience.people.errors.zone', { zone: text.trim() })
          }
          same={(text) => zoneText(text) === (person.timeZone ?? null)}
          onCommit={(text) => update(id, { timeZone: zoneText(text) })}
        />
      </div>
      {context.attributes.map((name) => {
        const value = person.attributes?.[name];
        const kind = value === undefined ? null : kindOf(value);
        const type = kind && t(`preview.audience.people.type.${kind}`);
        return (
          <div role="cell" className="aud-cell" key={name}>
            <CellInput
              {...shared}
              label={t('preview.audience.people.cell.attribute', { attribute: name, id })}
              value={valueText(value)}
              apply="typing"
              same={(text) => typedValue(text) === value}
              onCommit={(text) => update(id, { attributes: { [name]: typedValue(text) } })}
              type={
                type
                  ? { text: type, title: t('preview.audience.people.typeTitle', { type }) }
                  : null
              }
            />
          </div>
        );
      })}
      <div role="cell" className="aud-cell">
        <button
          type="button"
          className="aud-cell__programs"
          aria-label={`${t('preview.audience.people.cell.programs', { id })}: ${programsText}`}
          onClick={() => context.onPrograms(id)}
        >
          {programsText}
        </button>
      </div>
      <div role="cell" className="aud-cell aud-cell--center">
        <input
          type="checkbox"
          aria-label={t('preview.audience.people.cell.unsubscribed', { id })}
          checked={person.unsubscribed === true}
          onChange={(e) => update(id, { unsubscribed: e.target.checked })}
        />
      </div>
      <div role="cell" className="aud-cell aud-cell--center">
        <button
          type="button"
          className="aud-cell__delete"
          aria-label={t('preview.audience.people.cell.delete', { id })}
          title={t('preview.audience.people.cell.delete', { id })}
          onClick={() => context.onDelete(id)}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
    </div>
  );
});
