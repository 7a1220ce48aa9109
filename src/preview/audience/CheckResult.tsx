/**
 * What the import would do with the mapping on screen: the good rows counted and the first ones
 * shown as they would be stored (typed values), people already listed to update or skip, and the
 * rows that cannot be imported, each with its line and reason.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExistingPeople } from '../../document/ops/people';
import type { Person } from '../../model';
import type { CsvCheckSummary } from '../../worker/csvImport';
import { BadRowList } from './BadRowList';

/** Values as the file will hold them: text in quotes, numbers and booleans bare. */
const attributesText = (person: Person) =>
  Object.entries(person.attributes ?? {})
    .map(([name, value]) => `${name}: ${JSON.stringify(value)}`)
    .join(', ');

export function CheckResult({
  check,
  checking,
  existing,
  onExisting,
}: {
  check: CsvCheckSummary;
  checking: boolean;
  existing: ExistingPeople;
  onExisting: (existing: ExistingPeople) => void;
}) {
  const { t } = useTranslation();
  const radioName = useId();
  const first = check.preview;
  return (
    <div className="csv-check" aria-busy={checking}>
      <p className="csv-check__status" role="status">
        {checking ? t('preview.audience.csv.checking') : ''}
      </p>
      <p className="csv-check__good">{t('preview.audience.csv.good', { count: check.good })}</p>
      {check.listed > 0 && (
        <fieldset className="csv-check__existing">
          <legend>{t('preview.audience.csv.listed', { count: check.listed })}</legend>
          {(['update', 'skip'] as const).map((choice) => (
            <label key={choice}>
              <input
                type="radio"
                name={radioName}
                checked={existing === choice}
                onChange={() => onExisting(choice)}
              />{' '}
              {t(`preview.audience.csv.${choice}`)}
            </label>
          ))}
        </fieldset>
      )}
      {first.length > 0 && (
        <table className="csv-good">
          <caption>{t('preview.audience.csv.goodPreview')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('preview.audience.people.column.id')}</th>
              <th scope="col">{t('preview.audience.people.column.timeZone')}</th>
              <th scope="col">{t('preview.audience.people.column.unsubscribed')}</th>
              <th scope="col">{t('preview.audience.people.column.programs')}</th>
              <th scope="col">{t('preview.audience.csv.target.attribute')}</th>
            </tr>
          </thead>
          <tbody>
            {first.map((person) => (
              <tr key={person.id}>
                <th scope="row">{person.id}</th>
                <td>{person.timeZone ?? '—'}</td>
                <td>{person.unsubscribed === undefined ? '—' : String(person.unsubscribed)}</td>
                <td>{person.programs?.join(', ') ?? '—'}</td>
                <td>{attributesText(person) || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {check.bad.length > 0 && (
        <>
          <p className="csv-check__bad">
            {t('preview.audience.csv.bad', { count: check.bad.length })}
          </p>
          <BadRowList rows={check.bad} />
        </>
      )}
    </div>
  );
}
