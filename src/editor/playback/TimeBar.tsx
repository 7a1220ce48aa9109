/**
 * The time bar under the canvas: the date of the shared cursor, a step to the previous or next cast
 * (of every stream or of one), play and pause at a chosen speed, a slider over the cast days to
 * scrub (a native range: arrows, Home, End for free), a date to jump to, and presenter mode.
 */
import { useTranslation } from 'react-i18next';
import type { PreviewFrame } from '../../engine';
import { castDays, castPosition, stepDay } from '../../simulation/derive/castDays';
import { cursorDayOf } from '../../simulation/derive/counts';
import { dayOfIso, isoOfDay, longDate } from '../../simulation/derive/dates';
import { PLAYBACK_SPEEDS } from '../../simulation/previewStore';
import { previewStore, usePreview } from '../../store/usePreview';
import { DateField } from '../../ui/DateField';
import { numberFormat } from '../../wording/intl';
import { usePlaybackClock } from './usePlaybackClock';
import './playback.css';

const store = () => previewStore.getState();

export function TimeBar({ onPresent }: { onPresent: () => void }) {
  const { t, i18n } = useTranslation();
  const frame = usePreview((s) => s.result?.frame ?? null);
  const chosen = usePreview((s) => s.cursorDay);
  const playing = usePreview((s) => s.playing);
  const speed = usePreview((s) => s.speed);
  const stepStream = usePreview((s) => s.stepStream);
  const presenter = usePreview((s) => s.presenter);
  usePlaybackClock();
  if (frame === null) return null;
  const lang = i18n.language;
  const day = cursorDayOf(frame, chosen);
  const stream = stepStream === null ? -1 : frame.streamIds.indexOf(stepStream);
  const days = castDays(frame, stream);
  const position = castPosition(days, day);
  const before = stepDay(days, day, -1);
  const after = stepDay(days, day, 1);
  const playLabel = t(playing ? 'editor.playback.pause' : 'editor.playback.play');
  return (
    <section className="time-bar" aria-label={t('editor.playback.label')} data-testid="time-bar">
      <div className="time-bar__steps">
        <button
          type="button"
          onClick={() => store().stepCast(-1)}
          disabled={before === undefined}
          aria-label={t('editor.playback.previous')}
          title={t('editor.playback.previous')}
        >
          <Icon d="M3 2v12M14 2 5 8l9 6z" />
        </button>
        <button
          type="button"
          className="time-bar__play"
          onClick={() => (playing ? store().pause() : store().play())}
          disabled={days.length === 0}
          aria-label={playLabel}
          title={playLabel}
        >
          <Icon d={playing ? 'M4 2h3v12H4zM9 2h3v12H9z' : 'M4 2l10 6-10 6z'} />
        </button>
        <button
          type="button"
          onClick={() => store().stepCast(1)}
          disabled={after === undefined}
          aria-label={t('editor.playback.next')}
          title={t('editor.playback.next')}
        >
          <Icon d="M13 2v12M2 2l9 6-9 6z" />
        </button>
      </div>
      <span className="time-bar__date" data-testid="playback-date">
        {longDate(lang, day)}
      </span>
      <input
        type="range"
        className="time-bar__scrub"
        min={0}
        max={Math.max(0, days.length - 1)}
        step={1}
        value={position}
        disabled={days.length < 2}
        onChange={(event) => {
          const to = days[Number(event.currentTarget.value)];
          if (to !== undefined) store().setCursor(to);
        }}
        aria-label={t('editor.playback.scrub')}
        aria-valuetext={t('editor.playback.position', {
          n: numberFormat(lang).format(position + 1),
          total: numberFormat(lang).format(days.length),
          date: longDate(lang, days[position] ?? day),
        })}
      />
      <DateField
        compact
        className="time-bar__jump"
        label={t('editor.playback.jump')}
        value={isoOfDay(day)}
        min={isoOfDay(frame.fromDay)}
        max={isoOfDay(frame.untilDay)}
        onCommit={(iso) => store().setCursor(dayOfIso(iso))}
      />
      <StreamChoice frame={frame} value={stepStream} />
      <label className="time-bar__choice">
        <span className="visually-hidden">{t('editor.playback.speed')}</span>
        <select
          value={speed}
          title={t('editor.playback.speed')}
          onChange={(event) => store().setSpeed(Number(event.target.value))}
        >
          {PLAYBACK_SPEEDS.map((s) => (
            <option key={s} value={s}>
              {t('editor.playback.speedValue', { speed: numberFormat(lang).format(s) })}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="time-bar__present"
        aria-pressed={presenter}
        onClick={onPresent}
      >
        {t(presenter ? 'editor.playback.leavePresenter' : 'editor.playback.present')}
      </button>
    </section>
  );
}

function StreamChoice({ frame, value }: { frame: PreviewFrame; value: string | null }) {
  const { t } = useTranslation();
  return (
    <label className="time-bar__choice">
      <span className="visually-hidden">{t('editor.playback.stream')}</span>
      <select
        value={value ?? ''}
        title={t('editor.playback.stream')}
        onChange={(event) => store().setStepStream(event.target.value || null)}
      >
        <option value="">{t('editor.playback.anyStream')}</option>
        {frame.streamIds.map((id, s) => (
          <option key={id} value={id}>
            {frame.streamNames[s] || id}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A small filled glyph (the font may have no media symbols). */
function Icon({ d }: { d: string }) {
  return (
    <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <path
        d={d}
        fill="currentColor"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinejoin="round"
      />
    </svg>
  );
}
