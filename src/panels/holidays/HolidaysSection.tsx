/**
 * Public holidays in the program's settings: the countries (and regions) chosen, kept in the
 * document; the casts that fall on their holidays; and "pause the program over these dates". The
 * holiday library loads only once a country is chosen, or the picker is opened.
 */
import './holidays.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setHolidayRegions } from '../../document/actions/holidays';
import type { HolidayRegion } from '../../document/ops/holidays';
import { editorStore } from '../../store/useEditor';
import { Section } from '../Section';
import { HolidayList } from './HolidayList';
import { RegionList } from './RegionList';
import { RegionPicker } from './RegionPicker';

const setRegions = (regions: HolidayRegion[]) =>
  editorStore.getState().apply(setHolidayRegions, { regions });

export function HolidaysSection({ regions }: { regions: HolidayRegion[] }) {
  const { t } = useTranslation();
  const [picking, setPicking] = useState(false);
  return (
    <Section title={t('inspector.holidays.title')} hint={t('inspector.holidays.hint')}>
      {regions.length > 0 && (
        <RegionList
          regions={regions}
          onRemove={(i) => setRegions(regions.filter((_, j) => j !== i))}
        />
      )}
      {picking ? (
        <RegionPicker
          chosen={regions}
          onAdd={(region) => setRegions([...regions, region])}
          onDone={() => setPicking(false)}
        />
      ) : (
        <button type="button" className="holidays__add" onClick={() => setPicking(true)}>
          {t('inspector.holidays.addCountry')}
        </button>
      )}
      {regions.length > 0 && <HolidayList regions={regions} />}
    </Section>
  );
}
