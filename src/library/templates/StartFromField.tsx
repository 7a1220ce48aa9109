/** "Start from" in the New program dialog: a blank program or one of the templates (a copy). */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TEMPLATE_IDS, type TemplateId } from './catalog';
import './templates.css';

export type StartFrom = 'blank' | TemplateId;

interface StartFromFieldProps {
  value: StartFrom;
  onChange: (value: StartFrom) => void;
}

export function StartFromField({ value, onChange }: StartFromFieldProps) {
  const { t } = useTranslation();
  const name = useId();
  const options: { id: StartFrom; title: string; description: string }[] = [
    {
      id: 'blank',
      title: t('library.create.blank'),
      description: t('library.create.blankDescription'),
    },
    ...TEMPLATE_IDS.map((id) => ({
      id,
      title: t(`library.templates.${id}.title`),
      description: t(`library.templates.${id}.description`),
    })),
  ];
  return (
    <fieldset className="start-from">
      <legend className="field__label">{t('library.create.startFrom')}</legend>
      <div className="start-from__options">
        {options.map((option) => (
          <label key={option.id} className="start-from__option">
            <input
              type="radio"
              name={name}
              value={option.id}
              checked={value === option.id}
              onChange={() => onChange(option.id)}
              aria-labelledby={`${name}-${option.id}-title`}
              aria-describedby={`${name}-${option.id}`}
            />
            <span className="start-from__text">
              <span id={`${name}-${option.id}-title`} className="start-from__title">
                {option.title}
              </span>
              <span id={`${name}-${option.id}`} className="start-from__description">
                {option.description}
              </span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
