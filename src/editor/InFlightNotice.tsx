/**
 * After an edit: how many of the people already in the program (joined before the cursor date)
 * now get something different, who, and their first differing cast; "Undo this change" right here.
 */
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { mediumDate } from '../simulation/derive/dates';
import type { InFlightStore } from '../simulation/inFlight';
import { editorStore } from '../store/useEditor';

export function InFlightNotice({ store }: { store: InFlightStore }) {
  const { t, i18n } = useTranslation();
  const effect = useStore(store, (s) => s.effect);
  if (effect === null) return null;
  const language = i18n.language;
  const named = (ids: string[]) =>
    ids.length === 0
      ? t('editor.inFlight.nothing')
      : ids.map((id) => effect.names.get(id) ?? id).join(', ');
  const more = effect.affected - effect.firsts.length;
  return (
    <section
      className="notice notice--warning in-flight"
      aria-label={t('editor.inFlight.label')}
      data-testid="in-flight-notice"
    >
      <p className="in-flight__summary" role="status">
        {t('editor.inFlight.summary', {
          count: effect.affected,
          total: effect.inFlight,
          date: mediumDate(language, effect.cursorDay),
        })}
      </p>
      {/* Closed at first: the notice floats over the canvas, and a list of names would cover it. */}
      <details className="in-flight__details">
        <summary>{t('editor.inFlight.who')}</summary>
        <ul className="in-flight__people">
          {effect.firsts.map((row) => (
            <li key={row.person}>
              {t('editor.inFlight.change', {
                person: row.id,
                date: mediumDate(language, row.day),
                before: named(row.a),
                after: named(row.b),
              })}
            </li>
          ))}
          {more > 0 && <li>{t('editor.inFlight.more', { count: more })}</li>}
        </ul>
      </details>
      <div className="in-flight__actions">
        <button
          type="button"
          onClick={() => {
            editorStore.getState().undo();
            store.getState().dismiss();
            focusToolbar(REDO);
          }}
        >
          {t('editor.inFlight.undo')}
        </button>
        <button
          type="button"
          onClick={() => {
            store.getState().dismiss();
            focusToolbar(UNDO);
          }}
        >
          {t('editor.inFlight.dismiss')}
        </button>
      </div>
    </section>
  );
}

const UNDO = 'Control+Z';
const REDO = 'Control+Shift+Z';

/**
 * The notice goes when answered: focus moves to the toolbar's Redo (after "Undo this change", to
 * take it back) or Undo (after Dismiss), not to the page's top, where it would otherwise fall.
 */
function focusToolbar(shortcut: string) {
  // After the render the undo causes: Redo is still disabled, so unfocusable, until then.
  requestAnimationFrame(() =>
    document.querySelector<HTMLElement>(`.toolbar [aria-keyshortcuts="${shortcut}"]`)?.focus(),
  );
}
