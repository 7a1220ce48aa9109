/**
 * The right-hand panel: the inspector of the first selected element, or of the program when
 * nothing is selected. Everything edits the document through the store, so undo covers it.
 */
import './panels.css';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditorActions, EditorState } from '../store/editorStore';
import { useEditor } from '../store/useEditor';
import { BatchInspector } from './BatchInspector';
import { ItemInspector } from './ItemInspector';
import { ProgramInspector } from './ProgramInspector';
import { RuleInspector } from './RuleInspector';
import { StreamInspector } from './StreamInspector';
import { targetKey, targetOf, type Target } from './target';

type Store = EditorState & EditorActions;
const selectDoc = (s: Store) => s.doc;
const selectFirst = (s: Store) => s.selection[0];

function titleKey(target: Target) {
  if (target.kind === 'item')
    return target.item.type === 'email' ? 'inspector.title.email' : 'inspector.title.programItem';
  return `inspector.title.${target.kind}` as const;
}

export function Inspector() {
  const { t } = useTranslation();
  const headingId = useId();
  const doc = useEditor(selectDoc);
  const selected = useEditor(selectFirst);
  if (doc === null) return null;
  const target = targetOf(doc, selected);
  const program = doc.program;
  return (
    // `nokey`: React Flow's Delete/Backspace must not remove the selection while a button or
    // checkbox of the inspector has focus (it already ignores text fields).
    <aside className="inspector nokey" aria-label={t('inspector.label')}>
      <h2 id={headingId} className="inspector__title">
        {t(titleKey(target))}
      </h2>
      <div
        className="inspector__body"
        key={targetKey(target)}
        role="group"
        aria-labelledby={headingId}
      >
        {target.kind === 'program' && <ProgramInspector program={program} />}
        {target.kind === 'stream' && (
          <StreamInspector stream={target.stream} timeZone={program.timeZone} />
        )}
        {target.kind === 'item' && (
          <ItemInspector program={program} stream={target.stream} item={target.item} />
        )}
        {target.kind === 'rule' && <RuleInspector stream={target.stream} rule={target.rule} />}
        {target.kind === 'batch' && <BatchInspector batch={target.batch} />}
      </div>
    </aside>
  );
}
