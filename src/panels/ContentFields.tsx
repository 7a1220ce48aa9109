/**
 * A stream's content at a glance, and "Activate all" (R8): new items start inactive and are never
 * cast until activated; this turns every item of the stream on in one step (undo turns them off).
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { activateAll } from '../document/actions/content';
import type { Stream } from '../model';
import { editorStore } from '../store/useEditor';
import { Section } from './Section';

export function ContentFields({ stream }: { stream: Stream }) {
  const { t } = useTranslation();
  const allOnId = useId();
  const content = stream.content ?? [];
  const active = content.filter((c) => c.active !== false).length;
  const allOn = active === content.length;
  return (
    <Section title={t('inspector.content.title')} hint={t('inspector.content.hint')}>
      {content.length === 0 ? (
        <p className="inspector__context">{t('inspector.content.empty')}</p>
      ) : (
        <>
          <p className="inspector__context" data-testid="content-active">
            {t('inspector.content.active', { active, count: content.length })}
          </p>
          <div className="inspector__buttons">
            {/* aria-disabled, not disabled: the button keeps the focus once everything is on. */}
            <button
              type="button"
              aria-disabled={allOn}
              aria-describedby={allOn ? allOnId : undefined}
              onClick={() =>
                !allOn && editorStore.getState().apply(activateAll, { stream: stream.id })
              }
            >
              {t('inspector.content.activateAll')}
            </button>
          </div>
          {allOn && (
            <p id={allOnId} className="field__hint">
              {t('inspector.content.allActive')}
            </p>
          )}
        </>
      )}
    </Section>
  );
}
