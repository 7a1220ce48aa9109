/** Why the program cannot be simulated: the first problems, each named by its JSON path. */
import { useTranslation } from 'react-i18next';
import type { Problem } from '../model';
import { problemText } from '../wording/problemText';

const SHOWN = 5;

export function ProblemList({ problems }: { problems: readonly Problem[] }) {
  const { t } = useTranslation();
  return (
    <div className="preview-problems" role="alert">
      <p className="preview-problems__title">{t('preview.problems.title')}</p>
      <ul>
        {problems.slice(0, SHOWN).map((p, i) => {
          const { path, message } = problemText(p, t);
          return (
            <li key={i} className="preview-problems__line">
              <code>{path}</code>: {message}
            </li>
          );
        })}
      </ul>
      {problems.length > SHOWN && (
        <p>{t('preview.problems.more', { count: problems.length - SHOWN })}</p>
      )}
    </div>
  );
}
