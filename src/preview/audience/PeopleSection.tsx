/**
 * "People in the file": the listed people (spec: people) in an editable, virtualised table with a
 * search by id; add a person or an attribute, delete (asking first when events go too), and import
 * a CSV, picked or dropped on the section. Every change is a named action on the document.
 */
import { useCallback, useDeferredValue, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addPerson, importPeople, removePeople } from '../../document/actions/people';
import { eventsOfPeople, type ExistingPeople, type JoinOnImport } from '../../document/ops/people';
import { joinDateOf } from '../../document/ops/audience';
import { todayIso } from '../../ui/today';
import type { Person, Scenario } from '../../model';
import { editorStore } from '../../store/useEditor';
import type { CsvContext } from '../../worker/csvImport';
import { CsvImportDialog } from './CsvImportDialog';
import { DeletePersonDialog } from './DeletePersonDialog';
import { AddAttributeForm } from './AddAttributeForm';
import { AddPersonForm } from './AddPersonForm';
import { PeopleEmpty } from './PeopleEmpty';
import { PeopleTable } from './PeopleTable';
import { PeopleToolbar } from './PeopleToolbar';
import { attributeNames, matchingPeople, programItemsOf } from './peopleModel';
import { ProgramsDialog } from './ProgramsDialog';
import { useFileDropZone } from './useFileDropZone';

const NOBODY: readonly Person[] = [];

function contextOf(doc: Scenario): CsvContext {
  return {
    listed: (doc.people ?? []).map((p) => p.id),
    cohorts: (doc.generator?.cohorts ?? []).map(({ id, size }) => ({ id, size })),
    programItems: programItemsOf(doc.program).map((item) => item.id),
  };
}

type Dialog =
  | { kind: 'programs'; id: string }
  | { kind: 'delete'; id: string; events: number }
  | { kind: 'import'; file: File; context: CsvContext };

export function PeopleSection({ doc }: { doc: Scenario }) {
  const { t } = useTranslation();
  const headingId = useId();
  const problemId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const people = doc.people ?? NOBODY;
  const [query, setQuery] = useState('');
  const search = useDeferredValue(query);
  const [form, setForm] = useState<'person' | 'attribute' | null>(null);
  const [added, setAdded] = useState<string[]>([]);
  const [problem, setProblem] = useState<{ field: string; message: string } | null>(null);
  const [notice, setNotice] = useState('');
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [reveal, setReveal] = useState<{ row: number } | null>(null);

  const used = useMemo(() => attributeNames(people), [people]);
  const attributes = useMemo(() => [...new Set([...used, ...added])], [used, added]);
  const shown = useMemo(() => matchingPeople(people, search), [people, search]);
  const items = useMemo(() => programItemsOf(doc.program), [doc.program]);

  const onProblem = useCallback(
    (field: string, message: string | null) =>
      setProblem((current) =>
        message !== null ? { field, message } : current?.field === field ? null : current,
      ),
    [],
  );
  const onPrograms = useCallback((id: string) => setDialog({ kind: 'programs', id }), []);
  const onDelete = useCallback(
    (id: string) => {
      const current = editorStore.getState().doc;
      const events = current ? eventsOfPeople(current, [id]) : 0;
      if (events > 0) return setDialog({ kind: 'delete', id, events });
      editorStore.getState().apply(removePeople, { ids: [id] });
      setNotice(t('preview.audience.people.removed', { id }));
    },
    [t],
  );
  const context = useMemo(
    () => ({
      attributes,
      programNames: new Map(items.map((item) => [item.id, item.name])),
      programZone: doc.program.timeZone,
      problemId,
      onProblem,
      onPrograms,
      onDelete,
    }),
    [attributes, items, doc.program.timeZone, problemId, onProblem, onPrograms, onDelete],
  );
  const drop = useFileDropZone((files) => openImport(files[0]!));

  const pickFile = () => fileInput.current?.click();
  function openImport(file: File) {
    const current = editorStore.getState().doc;
    if (current) setDialog({ kind: 'import', file, context: contextOf(current) });
  }
  function add(id: string) {
    if (!editorStore.getState().apply(addPerson, { person: { id } }).ok) return;
    setForm(null);
    setQuery('');
    setReveal({ row: people.length });
    setNotice(t('preview.audience.people.added', { id }));
  }
  function imported(incoming: Person[], existing: ExistingPeople, join?: JoinOnImport) {
    const before = people.length;
    const result = editorStore
      .getState()
      .apply(importPeople, { people: incoming, existing, ...(join ? { join } : {}) });
    setDialog(null);
    if (!result.ok) return;
    // New people are appended; with "update", the others were updated, with "skip" left alone.
    const added = (editorStore.getState().doc?.people?.length ?? before) - before;
    setNotice(
      t('preview.audience.people.imported', {
        count: existing === 'update' ? incoming.length : added,
      }),
    );
  }

  const subject = dialog && dialog.kind === 'programs' && people.find((p) => p.id === dialog.id);
  return (
    <section
      className={`aud-people${drop.over ? ' aud-people--drop' : ''}`}
      aria-labelledby={headingId}
      {...drop.handlers}
    >
      <PeopleToolbar
        headingId={headingId}
        total={people.length}
        shown={shown?.length ?? null}
        query={query}
        onQuery={setQuery}
        onAddPerson={() => setForm('person')}
        onAddAttribute={() => setForm('attribute')}
        onImport={pickFile}
      />
      <input
        ref={fileInput}
        type="file"
        accept=".csv,.tsv,.txt,text/csv,text/plain,text/tab-separated-values"
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="audience-csv-file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = ''; // the same file can be picked again
          if (file) openImport(file);
        }}
      />
      {form === 'person' && <AddPersonForm doc={doc} onAdd={add} onCancel={() => setForm(null)} />}
      {form === 'attribute' && (
        <AddAttributeForm
          taken={attributes}
          onAdd={(name) => {
            setAdded((names) => [...names, name]);
            setForm(null);
          }}
          onCancel={() => setForm(null)}
        />
      )}
      <p id={problemId} className="aud-people__problem" role="alert">
        {problem?.message ?? ''}
      </p>
      <p className="visually-hidden" role="status">
        {notice}
      </p>
      {people.length === 0 ? (
        form === null && <PeopleEmpty onAdd={() => setForm('person')} onImport={pickFile} />
      ) : shown?.length === 0 ? (
        <p className="aud-people__no-match">
          {t('preview.audience.people.noMatch', { query: search.trim() })}
        </p>
      ) : (
        <>
          <p className="aud-people__hint">{t('preview.audience.people.hint')}</p>
          <PeopleTable people={people} shown={shown} reveal={reveal} context={context} />
        </>
      )}
      {drop.over && (
        <p className="aud-people__drop-hint" aria-hidden="true">
          {t('preview.audience.people.dropHint')}
        </p>
      )}
      {subject && <ProgramsDialog person={subject} items={items} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'delete' && (
        <DeletePersonDialog
          id={dialog.id}
          events={dialog.events}
          onClose={() => setDialog(null)}
          onConfirm={() => {
            editorStore.getState().apply(removePeople, { ids: [dialog.id] });
            setNotice(t('preview.audience.people.removed', { id: dialog.id }));
            setDialog(null);
          }}
        />
      )}
      {dialog?.kind === 'import' && (
        <CsvImportDialog
          file={dialog.file}
          context={dialog.context}
          onImport={imported}
          onClose={() => setDialog(null)}
          streams={doc.program.streams.map((s) => ({ id: s.id, name: s.name ?? s.id }))}
          joinDate={joinDateOf(doc, todayIso())}
        />
      )}
    </section>
  );
}
