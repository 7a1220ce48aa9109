/**
 * The Script tab (issue 6, section 3): the scenario's events in the order the simulator applies
 * them, filtered by person and type, with a form beside the table to add or change one. Every
 * change is a named document action (src/document/actions/events.ts), so undo and redo work.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addEvent, deleteEvent, duplicateEvent, updateEvent } from '../../document/actions/events';
import type { Scenario, ScenarioEvent } from '../../model';
import { editorStore, useEditor } from '../../store/useEditor';
import { usePreview } from '../../store/usePreview';
import { isoOfDay } from '../../simulation/derive/dates';
import { useToday } from '../../ui/today';
import { EventEditor } from './EventEditor';
import { eventContext } from './eventChecks';
import { emptyDraft, type EventDraft } from './eventDraft';
import { eventOrder, filterOrder, type EventFilter } from './eventOrder';
import { EventTable } from './EventTable';
import { whatText, whenText, whoText } from './eventText';
import { ScriptToolbar } from './ScriptToolbar';
import { programNames, suggestionsOf } from './suggestions';
import './script.css';

type Editing =
  | { mode: 'add'; key: number; draft: EventDraft }
  | {
      mode: 'edit';
      key: number;
      /** The edited event as first opened, then as saved after each change, oldest first. */
      chain: readonly ScenarioEvent[];
    };

const NO_EVENTS: readonly ScenarioEvent[] = [];
const selectDoc = (s: { doc: Scenario | null }) => s.doc;
const selectCursor = (s: { cursorDay: number | null }) => s.cursorDay;
let editors = 0;

/** Where the edited event stands now: the newest version of it the document holds (undo). */
function resolve(events: readonly ScenarioEvent[], chain: readonly ScenarioEvent[]) {
  for (let i = chain.length - 1; i >= 0; i--) {
    const index = events.indexOf(chain[i]!);
    if (index >= 0) return { index, event: chain[i]! };
  }
  return null;
}

const storedEvent = (index: number) => editorStore.getState().doc?.events?.[index];

export function ScriptView() {
  const doc = useEditor(selectDoc);
  return doc === null ? null : <Script doc={doc} />;
}

function Script({ doc }: { doc: Scenario }) {
  const { t, i18n } = useTranslation();
  const today = useToday();
  const cursor = usePreview(selectCursor);
  const { program, people, generator } = doc;
  const events = doc.events ?? NO_EVENTS;
  const zone = program.timeZone;
  const [filter, setFilter] = useState<EventFilter>({ person: '', type: null });
  const [editing, setEditing] = useState<Editing | null>(null);
  const [status, setStatus] = useState('');
  /** What had the keyboard when the form opened, to give it back when the form closes. */
  const opener = useRef<HTMLElement | null>(null);
  const remember = () => {
    if (document.activeElement instanceof HTMLElement) opener.current = document.activeElement;
  };
  const close = () => {
    setEditing(null);
    requestAnimationFrame(() => {
      if (opener.current?.isConnected) opener.current.focus();
    });
  };
  const names = useMemo(() => programNames(program), [program]);
  const context = useMemo(
    () => eventContext({ program, people, generator }),
    [program, people, generator],
  );
  const suggestions = useMemo(
    () => suggestionsOf({ program, people, generator }, names, i18n.language),
    [program, people, generator, names, i18n.language],
  );
  const order = useMemo(() => eventOrder(events, zone), [events, zone]);
  const rows = useMemo(() => filterOrder(order, events, filter), [order, events, filter]);
  const edited = editing?.mode === 'edit' ? resolve(events, editing.chain) : null;
  // The edited event is gone (its addition undone, deleted): close the form.
  if (editing?.mode === 'edit' && edited === null) setEditing(null);

  const describe = useCallback(
    (event: ScenarioEvent) => ({
      what: whatText(t, event),
      who: whoText(t, event),
      when: whenText(i18n.language, event.at, zone).text,
    }),
    [t, i18n.language, zone],
  );
  const open = (event: ScenarioEvent) =>
    setEditing({ mode: 'edit', key: ++editors, chain: [event] });
  const onEdit = useCallback((index: number) => {
    remember();
    const event = storedEvent(index);
    if (event) setEditing({ mode: 'edit', key: ++editors, chain: [event] });
  }, []);
  const onDuplicate = useCallback(
    (index: number) => {
      const result = editorStore.getState().apply(duplicateEvent, { index });
      const copy = result.ok ? storedEvent(Number(result.id)) : undefined;
      if (!copy) return;
      setEditing({ mode: 'edit', key: ++editors, chain: [copy] });
      setStatus(t('preview.script.status.duplicated', describe(copy)));
    },
    [t, describe],
  );
  const onDelete = useCallback(
    (index: number) => {
      const event = storedEvent(index);
      if (!event || !editorStore.getState().apply(deleteEvent, { index }).ok) return;
      setStatus(t('preview.script.status.deleted', describe(event)));
    },
    [t, describe],
  );
  const startAdding = () => {
    remember();
    const day = cursor !== null ? isoOfDay(cursor) : (doc.simulation?.from ?? today);
    setEditing({ mode: 'add', key: ++editors, draft: emptyDraft('add', `${day}T09:00`) });
  };
  const save = (event: ScenarioEvent) => {
    const apply = editorStore.getState().apply;
    if (editing?.mode === 'edit' && edited !== null) {
      apply(updateEvent, { index: edited.index, event, session: String(editing.key) });
      setEditing({ ...editing, chain: [...editing.chain, event] });
      return;
    }
    const result = apply(addEvent, { event });
    const added = result.ok ? storedEvent(Number(result.id)) : undefined;
    if (!added) return;
    open(added);
    setStatus(t('preview.script.status.added', describe(added)));
  };

  return (
    <div className="script">
      <ScriptToolbar
        filter={filter}
        onFilter={setFilter}
        people={suggestions.people}
        shown={rows.length}
        total={events.length}
        onAdd={startAdding}
      />
      <p className="script__note">{t('preview.script.note')}</p>
      <p className="script__status" role="status">
        {status}
      </p>
      <div className="script__body">
        <div className="script__panes">
          {events.length === 0 ? (
            <p className="script__empty">{t('preview.script.empty')}</p>
          ) : rows.length === 0 ? (
            <p className="script__empty">{t('preview.script.noMatch')}</p>
          ) : (
            <EventTable
              events={events}
              rows={rows}
              zone={zone}
              names={names}
              context={context}
              selected={edited?.index ?? -1}
              onEdit={onEdit}
              onDuplicate={onDuplicate}
              onDelete={onDelete}
            />
          )}
          {editing && (editing.mode === 'add' || edited) && (
            <EventEditor
              key={editing.key}
              doc={doc}
              context={context}
              names={names}
              suggestions={suggestions}
              editing={
                edited
                  ? { event: edited.event }
                  : { draft: (editing as { draft: EventDraft }).draft }
              }
              onSave={save}
              onClose={close}
              onDuplicate={edited ? () => onDuplicate(edited.index) : undefined}
              onDelete={edited ? () => onDelete(edited.index) : undefined}
            />
          )}
        </div>
      </div>
    </div>
  );
}
