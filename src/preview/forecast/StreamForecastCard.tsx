/** One stream's forecast: the sentence, the numbers behind it, the suggestions, cast by cast. */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PreviewFrame } from '../../engine';
import { countText, shortDate } from '../../simulation/derive/dates';
import { editorStore } from '../../store/useEditor';
import { swatchStyle } from '../../ui/palette';
import { ForecastCastTable } from './ForecastCastTable';
import type { Hint } from './forecastHints';
import type { StreamForecast } from './forecastModel';
import { headline } from './headline';
import { HintList } from './HintList';
import { percentText } from './percent';
import { ShareSparkline } from './ShareSparkline';

export const StreamForecastCard = memo(function StreamForecastCard({
  forecast,
  frame,
  hints,
  hintsReady,
  nameOf,
  onApplied,
}: {
  forecast: StreamForecast;
  frame: PreviewFrame;
  hints: Hint[];
  hintsReady: boolean;
  nameOf: (stream: string) => string;
  onApplied: (title: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const s = forecast.stream;
  const name = frame.streamNames[s]!;
  const { half, end, newcomer } = forecast;
  const count = (n: number) => countText(language, n);
  const facts: [string, string][] = [];
  if (half !== null) {
    facts.push([t('preview.forecast.facts.castsToHalf'), count(half.casts)]);
    facts.push([t('preview.forecast.facts.castsAfterHalf'), count(forecast.castsAfterHalf)]);
  }
  // An empty stream has no numbers to show; a newcomer's prospects (R42) still apply.
  if (forecast.kind !== 'noCasts' && forecast.kind !== 'noMembers') {
    facts.push([t('preview.forecast.facts.ranDry'), count(forecast.ranDry)]);
    facts.push([
      t('preview.forecast.facts.endMembers', { date: shortDate(language, end.day) }),
      count(end.members),
    ]);
    facts.push([
      t('preview.forecast.facts.endExhausted'),
      t('preview.forecast.facts.endExhaustedValue', {
        count: end.exhausted,
        percent: percentText(language, end.members > 0 ? end.exhausted / end.members : 0),
      }),
    ]);
  }
  return (
    <section className="forecast-card" style={swatchStyle(s)} aria-labelledby={`forecast-${s}`}>
      <header className="forecast-card__head">
        <h3 id={`forecast-${s}`} className="forecast-card__title">
          <button
            type="button"
            className="forecast-card__stream"
            title={t('preview.forecast.selectStream', { name })}
            onClick={() =>
              editorStore.getState().select([{ kind: 'stream', id: frame.streamIds[s]! }])
            }
          >
            {name}
          </button>
        </h3>
        {forecast.kind !== 'noCasts' && forecast.kind !== 'noMembers' && (
          <ShareSparkline
            shares={forecast.shares}
            stream={name}
            fromDay={frame.fromDay}
            untilDay={frame.untilDay}
          />
        )}
      </header>
      <p className={`forecast-card__headline forecast-card__headline--${forecast.kind}`}>
        {headline(t, language, forecast, name)}
      </p>
      {forecast.kind !== 'noCasts' && (
        <dl
          className="forecast-facts"
          aria-label={t('preview.forecast.facts.label', { stream: name })}
        >
          {facts.map(([term, value]) => (
            <div key={term} className="forecast-facts__row">
              <dt>{term}</dt>
              <dd className="num">{value}</dd>
            </div>
          ))}
          <div className="forecast-facts__row forecast-facts__row--wide">
            <dt>
              {t('preview.forecast.facts.newcomer', {
                date: shortDate(language, forecast.cursorDay),
              })}
            </dt>
            <dd>
              {newcomer === null
                ? t('preview.forecast.facts.noNextCast')
                : newcomer.items > 0
                  ? t('preview.forecast.facts.newcomerItems', {
                      count: newcomer.items,
                      date: shortDate(language, newcomer.day),
                    })
                  : t('preview.forecast.facts.newcomerNothing', {
                      date: shortDate(language, newcomer.day),
                    })}
            </dd>
          </div>
        </dl>
      )}
      {hints.length > 0 && (
        <HintList hints={hints} ready={hintsReady} nameOf={nameOf} onApplied={onApplied} />
      )}
      {forecast.kind !== 'noCasts' && forecast.kind !== 'noMembers' && (
        <ForecastCastTable forecast={forecast} stream={name} />
      )}
    </section>
  );
});
