/** Presenter mode's strip above the canvas: the date in large type, the quiz state and the keys. */
import { useTranslation } from 'react-i18next';
import { cursorDayOf } from '../../simulation/derive/counts';
import { longDate } from '../../simulation/derive/dates';
import { usePreview } from '../../store/usePreview';
import { PRESENTER_KEYS } from './presenterKeys';

export function PresenterHint({ refused }: { refused: boolean }) {
  const { t, i18n } = useTranslation();
  const frame = usePreview((s) => s.result?.frame ?? null);
  const chosen = usePreview((s) => s.cursorDay);
  const quiz = usePreview((s) => s.quiz);
  const revealed = usePreview((s) => s.revealed);
  return (
    <div className="presenter-hint" data-testid="presenter-hint">
      {frame && (
        <p className="presenter-hint__date" aria-live="polite">
          {longDate(i18n.language, cursorDayOf(frame, chosen))}
        </p>
      )}
      {quiz && (
        <p className="presenter-hint__quiz" role="status">
          {t(revealed ? 'editor.playback.quizRevealed' : 'editor.playback.quizHidden')}
        </p>
      )}
      <ul className="presenter-hint__keys" aria-label={t('editor.playback.keys')}>
        {PRESENTER_KEYS.map((what) => (
          <li key={what}>
            <kbd>{t(`editor.shortcuts.keys.presenter.${what}`)}</kbd>{' '}
            {t(`editor.playback.short.${what}`)}
          </li>
        ))}
      </ul>
      {refused && <p className="presenter-hint__note">{t('editor.playback.fullscreenRefused')}</p>}
    </div>
  );
}
