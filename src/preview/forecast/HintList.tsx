/**
 * A stream's suggestions, each applied in one click as one undoable program edit; the preview then
 * runs again and the forecast shows the effect. While a newer result is on its way the buttons wait,
 * so a hint is never applied on numbers of a program that has changed since.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { applyHint } from './applyHint';
import type { Hint } from './forecastHints';
import { hintText } from './hintText';

export function HintList({
  hints,
  ready,
  nameOf,
  onApplied,
}: {
  hints: Hint[];
  ready: boolean;
  nameOf: (stream: string) => string;
  onApplied: (title: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="forecast-hints">
      <h4 className="forecast-hints__title">{t('preview.forecast.hints.title')}</h4>
      {!ready && <p className="forecast-hints__wait">{t('preview.forecast.hints.stale')}</p>}
      <ul className="forecast-hints__list">
        {hints.map((hint, i) => {
          const text = hintText(t, hint, nameOf);
          return (
            <li key={hint.kind} className="forecast-hint">
              <button
                type="button"
                className="forecast-hint__apply"
                disabled={!ready}
                aria-describedby={`${id}-${i}`}
                onClick={() => {
                  if (applyHint(t, hint)) onApplied(text.title);
                }}
              >
                {text.title}
              </button>
              <p id={`${id}-${i}`} className="forecast-hint__detail">
                {text.detail}
              </p>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
