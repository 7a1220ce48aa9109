/** The chosen countries (and regions), each removable. */
import { useTranslation } from 'react-i18next';
import type { HolidayRegion } from '../../document/ops/holidays';
import { regionName, useCountryNames, useStateNames } from '../../wording/useHolidays';

export function RegionList({
  regions,
  onRemove,
}: {
  regions: HolidayRegion[];
  onRemove(index: number): void;
}) {
  const { t } = useTranslation();
  return (
    <ul className="holidays__regions" aria-label={t('inspector.holidays.chosen')}>
      {regions.map((region, i) => (
        <RegionRow
          key={`${region.country}/${region.state ?? ''}`}
          region={region}
          onRemove={() => onRemove(i)}
        />
      ))}
    </ul>
  );
}

function RegionRow({ region, onRemove }: { region: HolidayRegion; onRemove(): void }) {
  const { t } = useTranslation();
  const countries = useCountryNames();
  const states = useStateNames(region.state === undefined ? '' : region.country);
  const name = regionName(region, countries.data, states.data);
  return (
    <li className="holidays__region">
      <span>{name}</span>
      <button
        type="button"
        className="holidays__remove"
        aria-label={t('inspector.holidays.remove', { name })}
        title={t('inspector.holidays.remove', { name })}
        onClick={onRemove}
      >
        <span aria-hidden="true">×</span>
      </button>
    </li>
  );
}
