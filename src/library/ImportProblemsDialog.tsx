// Lists the problems of every file that could not be imported, each line naming its JSON path.
// A file can have a problem per person of a huge audience: importFiles words the first ones, and
// the rest are counted (the count beside the file name is always the whole count).
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportFailure } from './importFiles';
import { Modal } from '../ui/Modal';
import { Name } from '../ui/Name';

interface ImportProblemsDialogProps {
  failures: readonly ImportFailure[];
  onClose: () => void;
  /** For what did not come from files (a share link): its own title and first line. */
  title?: string;
  intro?: string;
}

/**
 * `program.streams[1].id: expected ...` with the path set apart for reading. A line without a
 * path (a storage failure, whose quoted error may hold a colon) is shown as it is: a path has no
 * spaces.
 */
function ProblemLine({ line }: { line: string }) {
  const cut = line.indexOf(': ');
  if (cut <= 0 || /\s/.test(line.slice(0, cut))) return <li className="problems__line">{line}</li>;
  return (
    <li className="problems__line">
      <code className="problems__path">{line.slice(0, cut)}</code>
      {line.slice(cut)}
    </li>
  );
}

export function ImportProblemsDialog({
  failures,
  onClose,
  title,
  intro,
}: ImportProblemsDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <Modal titleId={titleId} onClose={onClose} className="modal--wide">
      <h2 id={titleId} className="modal__title">
        {title ?? t('library.importProblems.title')}
      </h2>
      <p className="modal__hint">{intro ?? t('library.importProblems.intro')}</p>
      <div className="problems">
        {failures.map((failure, index) => (
          <section key={index} className="problems__file" aria-label={failure.fileName}>
            <h3 className="problems__file-name">
              <Name lines={2} className="problems__file-text">
                {failure.fileName}
              </Name>
              <span className="problems__count">
                {t('library.importProblems.count', {
                  count: failure.problems.length + (failure.hidden ?? 0),
                })}
              </span>
            </h3>
            <ul className="problems__list">
              {failure.problems.map((line, i) => (
                <ProblemLine key={i} line={line} />
              ))}
            </ul>
            {failure.hidden !== undefined && (
              <p className="problems__more">
                {t('library.importProblems.more', { count: failure.hidden })}
              </p>
            )}
          </section>
        ))}
      </div>
      <div className="modal__buttons">
        <button
          type="button"
          className="library__button library__button--primary"
          onClick={onClose}
          data-autofocus
        >
          {t('library.importProblems.close')}
        </button>
      </div>
    </Modal>
  );
}
