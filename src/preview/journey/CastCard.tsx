/**
 * One cast as a collapsible card: the summary line (when, which stream, what came of it) and,
 * expanded, every item of the stream in priority order with its verdict in words.
 */
import { useId, useState } from 'react';
import type { CastStep } from '../../engine';
import { swatchStyle } from '../../ui/palette';
import { when, type Wording } from './wording/context';
import { castOutcome, itemText, itemUses, usedText } from './wording/items';
import { LocalTime } from './LocalTime';

/** The instant the person met the cast: its delivery (recipient time zone, R23), else the cast. */
const shownAt = (cast: CastStep) =>
  cast.items.find((i) => i.verdict === 'sent')?.deliveredAt ?? cast.at;

export function CastCard({
  cast,
  w,
  streamIndex,
  programZone,
  defaultOpen = false,
}: {
  cast: CastStep;
  w: Wording;
  streamIndex: number;
  programZone: string;
  /** Shown expanded at first (a test stream's dry run opens on its one cast). */
  defaultOpen?: boolean;
}) {
  const t = w.t;
  const [open, setOpen] = useState(defaultOpen);
  const body = useId();
  const at = shownAt(cast);
  return (
    <article
      className={`journey-cast journey-cast--${cast.status}${open ? ' journey-cast--open' : ''}`}
      style={swatchStyle(streamIndex)}
    >
      <button
        type="button"
        className="journey-cast__toggle"
        aria-expanded={open}
        aria-controls={body}
        title={t('preview.journey.cast.expand')}
        onClick={() => setOpen(!open)}
      >
        <span className="journey-cast__chevron" aria-hidden="true">
          {open ? '▾' : '▸'}
        </span>
        <span className="journey-cast__summary">
          <LocalTime at={at} text={when(w, at)} zone={w.zone} programZone={programZone} />
          {' · '}
          <span className="journey-cast__stream">{w.stream(cast.stream)}</span>
          {' · '}
          <span className="journey-cast__outcome">{castOutcome(w, cast)}</span>
        </span>
        {cast.newlyExhausted && (
          <span className="journey-badge journey-badge--exhausted">
            {t('preview.journey.cast.ranOut')}
          </span>
        )}
      </button>
      {open && (
        <div id={body} className="journey-cast__body">
          {cast.decidedAt !== cast.at && (
            <p className="journey-cast__note">
              {t('preview.journey.cast.decided', { time: when(w, cast.decidedAt) })}
            </p>
          )}
          {cast.items.length > 0 && (
            <ol className="journey-cast__items" aria-label={t('preview.journey.cast.items')}>
              {cast.items.map((item) => {
                const uses = itemUses(item);
                return (
                  <li key={item.content} className={`journey-item journey-item--${item.verdict}`}>
                    {itemText(w, item)}
                    {uses.length > 0 && (
                      <ul className="journey-item__uses">
                        {uses.map((used, i) => (
                          <li key={i}>{usedText(w, used)}</li>
                        ))}
                      </ul>
                    )}
                  </li>
                );
              })}
            </ol>
          )}
          {cast.status === 'normal' && cast.items.length === 0 && (
            <p className="journey-cast__note">{castOutcome(w, cast)}</p>
          )}
          {cast.newlyExhausted && (
            <p className="journey-cast__mark">{t('preview.journey.cast.ranOut')}</p>
          )}
        </div>
      )}
    </article>
  );
}
