/**
 * The right-hand panel: the inspector of the selected element, of several selected elements at
 * once, or of the program when nothing is selected. Everything edits the document through the
 * store, so undo covers it; the focus stays in the panel when an edit re-renders it.
 */
import './panels.css';
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Program } from '../model';
import type { EditorActions, EditorState } from '../store/editorStore';
import { useEditor } from '../store/useEditor';
import { BatchInspector } from './BatchInspector';
import { ItemInspector } from './ItemInspector';
import { ProgramInspector } from './ProgramInspector';
import { RuleInspector } from './RuleInspector';
import { SelectionInspector } from './SelectionInspector';
import { StreamInspector } from './StreamInspector';
import { targetKey, targetOf, type Target } from './target';
import { useKeepFocus } from './useKeepFocus';

type Store = EditorState & EditorActions;
const selectDoc = (s: Store) => s.doc;
const selectSelection = (s: Store) => s.selection;

function titleKey(target: Target) {
  if (target.kind === 'item')
    return target.item.type === 'email' ? 'inspector.title.email' : 'inspector.title.programItem';
  return `inspector.title.${target.kind}` as const;
}

export function Inspector() {
  const { t } = useTranslation();
  const headingId = useId();
  const panel = useRef<HTMLElement>(null);
  useKeepFocus(panel);
  const doc = useEditor(selectDoc);
  const selection = useEditor(selectSelection);
  if (doc === null) return null;
  const target = targetOf(doc, selection[0]);
  const several = selection.length > 1;
  return (
    // `nokey`: React Flow's Delete/Backspace must not remove the selection while a button or
    // checkbox of the inspector has focus (it already ignores text fields).
    <aside ref={panel} className="inspector nokey" aria-label={t('inspector.label')}>
      <h2 id={headingId} className="inspector__title" tabIndex={-1}>
        {t(several ? 'inspector.title.selection' : titleKey(target))}
      </h2>
      <div
        className="inspector__body"
        key={several ? 'selection' : targetKey(target)}
        role="group"
        aria-labelledby={headingId}
      >
        {several ? (
          <SelectionInspector doc={doc} selection={selection} />
        ) : (
          <TargetInspector target={target} program={doc.program} />
        )}
      </div>
    </aside>
  );
}

function TargetInspector({ target, program }: { target: Target; program: Program }) {
  switch (target.kind) {
    case 'program':
      return <ProgramInspector program={program} />;
    case 'stream':
      return <StreamInspector stream={target.stream} timeZone={program.timeZone} />;
    case 'item':
      return <ItemInspector program={program} stream={target.stream} item={target.item} />;
    case 'rule':
      return <RuleInspector stream={target.stream} rule={target.rule} />;
    case 'batch':
      return <BatchInspector batch={target.batch} />;
  }
}
