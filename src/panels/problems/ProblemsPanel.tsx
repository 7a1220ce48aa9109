/**
 * The problems panel at the bottom of the editor: what the lint (src/document/lint) finds in the open
 * program, errors first. A bar with the count opens into the list; each problem is a button that
 * selects the element it is about.
 */
import './problems.css';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { namesOf, type ProgramProblem } from '../../document/lint';
import type { EditorState } from '../../store/editorStore';
import { editorStore, useEditor } from '../../store/useEditor';
import { problemKey, problemMessage, sameTarget, targetLabel, toSelected } from './problemText';
import { SeverityIcon } from './SeverityIcon';
import { useProgramProblems } from './useProgramProblems';

const selectDoc = (s: EditorState) => s.doc;
const selectSelection = (s: EditorState) => s.selection;

const select = (problem: ProgramProblem) =>
  editorStore.getState().select([toSelected(problem.target)]);

export function ProblemsPanel() {
  const { t, i18n } = useTranslation();
  const doc = useEditor(selectDoc);
  const selection = useEditor(selectSelection);
  const problems = useProgramProblems(doc);
  const names = useMemo(() => (doc ? namesOf(doc) : null), [doc]);
  const [open, setOpen] = useState(false);
  const listId = useId();
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const tone = errors > 0 ? 'error' : warnings > 0 ? 'warning' : 'none';

  return (
    <section className="problems nokey" aria-label={t('problems.title')}>
      <h2 className="problems__heading">
        <button
          type="button"
          className="problems__toggle"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpen((o) => !o)}
        >
          <span className="problems__chevron" aria-hidden="true" />
          {t('problems.title')}
          <span className={`problems__badge problems__badge--${tone}`} aria-hidden="true">
            {problems.length}
          </span>
          <span className="problems__summary">
            {t('problems.errors', { count: errors })}, {t('problems.warnings', { count: warnings })}
          </span>
        </button>
      </h2>
      <div id={listId} className="problems__body" hidden={!open}>
        {problems.length === 0 || names === null ? (
          <p className="problems__none">{t('problems.none')}</p>
        ) : (
          <ul className="problems__list">
            {problems.map((p) => {
              const selected = selection.some((s) => sameTarget(p.target, s));
              return (
                <li key={problemKey(p)}>
                  <button
                    type="button"
                    className={`problem problem--${p.severity}${selected ? ' problem--selected' : ''}`}
                    aria-current={selected ? 'true' : undefined}
                    onClick={() => select(p)}
                  >
                    <SeverityIcon severity={p.severity} />
                    <span className="problem__message">{problemMessage(t, i18n.language, p)}</span>
                    <span className="problem__where">{targetLabel(t, names, p.target)}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </section>
  );
}
