/**
 * The event form beside the table: the type first, then only the fields that type has, each
 * checked as it is typed and saying what is wrong. A new event is added with the button once it is
 * valid; an existing one is saved as soon as the form is valid again, and while it is not, the
 * program keeps the event as it was (the file never becomes invalid by typing).
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario, ScenarioEvent } from '../../model';
import type { Names } from '../../wording/names';
import { AtField } from './AtField';
import { EditorActions } from './EditorActions';
import { EventFieldInput } from './EventFieldInput';
import { checkDraft, type EventContext } from './eventChecks';
import { draftOf, eventOf, type DraftField, type EventDraft } from './eventDraft';
import { FIELDS_OF } from './eventTypes';
import { SelectField } from './fields/SelectField';
import type { Suggestions } from './suggestions';
import { useProblemText } from './useProblemText';
import { useTypeOptions } from './useTypeOptions';

export interface EventEditorProps {
  doc: Scenario;
  context: EventContext;
  names: Names;
  suggestions: Suggestions;
  /** The event being edited, or the draft a new event starts from. */
  editing: { event: ScenarioEvent } | { draft: EventDraft };
  /** A valid event: add it, or save it over the edited one. */
  onSave: (event: ScenarioEvent) => void;
  onClose: () => void;
  onDuplicate?: () => void;
  onDelete?: () => void;
}

export function EventEditor(props: EventEditorProps) {
  const { doc, context, names, suggestions, editing, onSave, onClose } = props;
  const { t } = useTranslation();
  const problemText = useProblemText();
  const typeOptions = useTypeOptions();
  const original = 'event' in editing ? editing.event : undefined;
  const [state, setState] = useState(() => ({
    seen: original,
    draft: original ? draftOf(original) : (editing as { draft: EventDraft }).draft,
    touched: new Set<DraftField>(),
    /** Times adding was tried while the form was invalid. */
    tried: 0,
  }));
  const form = useRef<HTMLFormElement>(null);
  // The form takes the keyboard when it opens (its first field: the type).
  useEffect(() => form.current?.querySelector<HTMLElement>('select, input')?.focus(), []);
  // A refused add takes the keyboard to the first field that says what is wrong.
  useEffect(() => {
    if (state.tried > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state.tried]);
  // The edited event changed under the form (undo, redo): show it as it now is.
  if (original !== undefined && state.seen !== original)
    setState({ ...state, seen: original, draft: draftOf(original) });

  const { draft } = state;
  const problems = checkDraft(draft, context);
  // A new event's empty fields are not wrong until visited, or until adding is tried.
  const shows = (field: DraftField) =>
    original !== undefined || state.tried > 0 || state.touched.has(field);
  const errorOf = (field: DraftField) => {
    const problem = problems.find((p) => p.field === field);
    return problem && shows(field) ? problemText(problem, draft.type) : null;
  };
  const touch = (field: DraftField) =>
    setState((s) => ({ ...s, touched: new Set(s.touched).add(field) }));

  const change = (patch: Partial<EventDraft>) => {
    const next = { ...draft, ...patch };
    const fields = Object.keys(patch) as DraftField[];
    const touched = new Set([...state.touched, ...fields]);
    if (original === undefined || checkDraft(next, context).length > 0) {
      setState({ ...state, draft: next, touched });
      return;
    }
    const event = eventOf(next, original);
    if (JSON.stringify(event) === JSON.stringify(original)) {
      setState({ ...state, draft: next, touched });
      return;
    }
    setState({ ...state, seen: event, draft: next, touched });
    onSave(event);
  };

  const add = () => {
    if (problems.length > 0) {
      setState({ ...state, tried: state.tried + 1 });
      return;
    }
    onSave(eventOf(draft));
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
    }
  };
  const title = t(original ? 'preview.script.editor.editTitle' : 'preview.script.editor.newTitle');
  const hidden = original !== undefined && problems.length > 0;
  return (
    <section className="script-editor" aria-label={title} onKeyDown={onKeyDown}>
      <header className="script-editor__head">
        <h3>{title}</h3>
        <button
          type="button"
          className="script-editor__close"
          aria-label={t('preview.script.editor.close')}
          title={t('preview.script.editor.close')}
          onClick={onClose}
        >
          ×
        </button>
      </header>
      <form
        ref={form}
        className="script-editor__form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (original === undefined) add();
          else onClose();
        }}
      >
        <SelectField
          label={t('preview.script.editor.type')}
          value={draft.type}
          options={typeOptions}
          error={errorOf('type')}
          onChange={(type) => change({ type: type as EventDraft['type'] })}
        />
        <AtField
          at={draft.at}
          zone={doc.program.timeZone}
          error={errorOf('at')}
          onChange={(at) => change({ at })}
        />
        {FIELDS_OF[draft.type].map((field) => (
          <EventFieldInput
            key={`${draft.type}:${field}`}
            field={field}
            draft={draft}
            doc={doc}
            names={names}
            suggestions={suggestions}
            error={errorOf(field)}
            onChange={change}
            onBlur={() => touch(field)}
          />
        ))}
        {hidden && (
          <p className="script-editor__unsaved" role="status">
            {t('preview.script.editor.unsaved')}
          </p>
        )}
        {original === undefined && state.tried > 0 && problems.length > 0 && (
          <p className="script-editor__unsaved" role="status">
            {t('preview.script.editor.fixFirst')}
          </p>
        )}
        <EditorActions
          adding={original === undefined}
          onClose={onClose}
          onDuplicate={props.onDuplicate}
          onDelete={props.onDelete}
        />
      </form>
    </section>
  );
}
