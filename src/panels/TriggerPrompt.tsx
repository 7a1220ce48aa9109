/**
 * A rule drawn but not given a trigger yet (a draft): it never fires, so the builder says so and
 * offers the triggers to choose from, as buttons the keyboard reaches first (the panel's
 * `data-autofocus`: a rule added from the stream inspector lands here).
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TriggerType } from '../model';
import { TRIGGER_TYPES } from './ruleDefaults';

export function TriggerPrompt({
  stream,
  onChoose,
}: {
  stream: string;
  onChoose: (type: TriggerType) => void;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const whenId = useId();
  return (
    <section className="trigger-prompt" aria-labelledby={titleId} data-testid="trigger-prompt">
      <h3 id={titleId} className="trigger-prompt__title">
        {t('inspector.rule.draftTitle')}
      </h3>
      <p>{t('inspector.rule.draftBody', { stream })}</p>
      <p id={whenId} className="trigger-prompt__when">
        {t('inspector.rule.draftWhen')}
      </p>
      <div className="trigger-prompt__choices" role="group" aria-labelledby={whenId}>
        {TRIGGER_TYPES.map((type, index) => (
          <button
            key={type}
            type="button"
            data-autofocus={index === 0 ? true : undefined}
            onClick={() => onChoose(type)}
          >
            {t(`inspector.trigger.types.${type}`)}
          </button>
        ))}
      </div>
    </section>
  );
}
