/**
 * The values of one generated attribute: a constant, weighted values (each with its share of the
 * cohort), or a uniform range with an "integers" switch.
 */
import { useTranslation } from 'react-i18next';
import type { Distribution } from '../../../model';
import { CheckboxField } from '../../script/fields/CheckboxField';
import { DraftTextField } from '../../script/fields/DraftTextField';
import { parseScalarText, scalarText } from '../../script/scalarText';
import {
  checkBound,
  checkWeight,
  decimalText,
  parseDecimal,
  type CohortProblem,
} from './cohortChecks';
import { choiceOf, constantOf, kindOf, rangeOf, sharesOf, withIntegers } from './distributions';
import { useCohortProblem } from './useCohortProblem';

const valueProblem = (text: string): CohortProblem | null =>
  parseScalarText(text) === undefined ? { code: 'valueMissing' } : null;
const sameScalar = (text: string, value: string) =>
  parseScalarText(text) === parseScalarText(value);
const sameNumber = (text: string, value: string) => parseDecimal(text) === parseDecimal(value);

export function DistributionFields({
  dist,
  field,
  onChange,
}: {
  dist: Distribution;
  /** The attribute's field name, for undo steps ('attributes.0'). */
  field: string;
  onChange: (field: string, next: Distribution) => void;
}) {
  const { t, i18n } = useTranslation();
  const word = useCohortProblem();
  const kind = kindOf(dist);
  if (kind === 'constant')
    return (
      <div className="cohort-form__row">
        <DraftTextField
          label={t('preview.cohorts.attributes.value')}
          hint={t('preview.cohorts.attributes.valueHint')}
          value={scalarText(constantOf(dist))}
          spellCheck={false}
          check={(text) => word(valueProblem(text))}
          same={sameScalar}
          onCommit={(text) => onChange(`${field}.value`, { value: parseScalarText(text)! })}
        />
      </div>
    );
  if (kind === 'choice') {
    const options = choiceOf(dist);
    const shares = sharesOf(options.map((o) => o.weight));
    const percent = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
    const set = (f: string, next: typeof options) => onChange(f, { oneOf: next });
    return (
      <div className="cohort-form__options">
        {options.map((option, j) => (
          <div key={j} className="cohort-form__row">
            <DraftTextField
              label={t('preview.cohorts.attributes.choiceValue', { n: j + 1 })}
              value={scalarText(option.value)}
              spellCheck={false}
              check={(text) => word(valueProblem(text))}
              same={sameScalar}
              onCommit={(text) =>
                set(
                  `${field}.${j}.value`,
                  options.toSpliced(j, 1, { ...option, value: parseScalarText(text)! }),
                )
              }
            />
            <DraftTextField
              label={t('preview.cohorts.weight')}
              hint={t('preview.cohorts.share', { share: percent.format(shares[j]!) })}
              value={decimalText(option.weight, i18n.language)}
              inputMode="decimal"
              check={(text) => word(checkWeight(text))}
              same={sameNumber}
              onCommit={(text) =>
                set(
                  `${field}.${j}.weight`,
                  options.toSpliced(j, 1, { ...option, weight: parseDecimal(text)! }),
                )
              }
            />
            <button
              type="button"
              className="pf-button pf-button--danger cohort-form__remove"
              disabled={options.length === 1}
              aria-label={t('preview.cohorts.attributes.removeValue', { n: j + 1 })}
              onClick={() => set(field, options.toSpliced(j, 1))}
            >
              {t('preview.cohorts.remove')}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="pf-button"
          onClick={() => set(field, [...options, { value: '', weight: 1 }])}
        >
          {t('preview.cohorts.attributes.addValue')}
        </button>
      </div>
    );
  }
  const range = rangeOf(dist);
  const integer = range.integer === true;
  const rounded = withIntegers(range, true);
  return (
    <div className="cohort-form__row">
      <DraftTextField
        label={t('preview.cohorts.attributes.min')}
        value={decimalText(range.min, i18n.language)}
        inputMode="decimal"
        check={(text) => word(checkBound(text, range.max, 'min', integer))}
        same={sameNumber}
        onCommit={(text) =>
          onChange(`${field}.min`, { uniform: { ...range, min: parseDecimal(text)! } })
        }
      />
      <DraftTextField
        label={t('preview.cohorts.attributes.max')}
        value={decimalText(range.max, i18n.language)}
        inputMode="decimal"
        check={(text) => word(checkBound(text, range.min, 'max', integer))}
        same={sameNumber}
        onCommit={(text) =>
          onChange(`${field}.max`, { uniform: { ...range, max: parseDecimal(text)! } })
        }
      />
      <CheckboxField
        label={t('preview.cohorts.attributes.integers')}
        hint={integer || rounded ? undefined : t('preview.cohorts.attributes.noIntegers')}
        checked={integer}
        disabled={!integer && !rounded}
        onChange={(on) => {
          const next = withIntegers(range, on);
          if (next) onChange(`${field}.integer`, { uniform: next });
        }}
      />
    </div>
  );
}
