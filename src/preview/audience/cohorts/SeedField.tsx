/** The generator's seed, program-wide: the same seed always yields the same people. */
import { useTranslation } from 'react-i18next';
import { setGeneratorSeed } from '../../../document/actions/cohorts';
import { editorStore } from '../../../store/useEditor';
import { DraftTextField } from '../../script/fields/DraftTextField';
import { checkSeed } from './cohortChecks';
import { useCohortProblem } from './useCohortProblem';

export function SeedField({ seed }: { seed: number }) {
  const { t } = useTranslation();
  const word = useCohortProblem();
  return (
    <div className="cohorts__seed">
      <DraftTextField
        label={t('preview.cohorts.seed')}
        hint={t('preview.cohorts.seedHint')}
        value={String(seed)}
        inputMode="numeric"
        check={(text) => word(checkSeed(text))}
        same={(text, value) => Number(text.trim()) === Number(value)}
        onCommit={(text) =>
          editorStore.getState().apply(setGeneratorSeed, { seed: Number(text.trim()) })
        }
      />
    </div>
  );
}
