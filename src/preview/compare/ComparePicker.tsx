/**
 * Which program B is: a choice among this program's family (its original and variants), and the
 * button that makes a new variant of this program (then chosen as B, with a link to open it).
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { CompareSource, FamilyMember } from './compareSource';

export function ComparePicker({ source }: { source: CompareSource }) {
  const { t } = useTranslation();
  const id = useId();
  const other = useStore(source.store, (s) => s.other);
  const made = useStore(source.store, (s) => s.made);
  const [family, setFamily] = useState<FamilyMember[] | null>(null);
  const [making, setMaking] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    source.family().then(
      (members) => live && setFamily(members.filter((m) => m.id !== source.programId)),
      (error: unknown) => live && setFailure(String(error)),
    );
    return () => {
      live = false;
    };
  }, [source, made]);
  const makeVariant = () => {
    setMaking(true);
    setFailure(null);
    source
      .makeVariant()
      .then((variant) => source.store.getState().variantMade(variant))
      .catch((error: unknown) => setFailure(String(error)))
      .finally(() => setMaking(false));
  };
  const others = family ?? [];
  return (
    <div className="compare-picker">
      {others.length > 0 ? (
        <>
          <label htmlFor={id}>{t('preview.compare.with')}</label>
          <select
            id={id}
            value={other?.id ?? ''}
            onChange={(e) =>
              source.store.getState().choose(others.find((m) => m.id === e.target.value) ?? null)
            }
          >
            <option value="">{t('preview.compare.choose')}</option>
            {others.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </>
      ) : (
        family !== null && <p className="compare-picker__none">{t('preview.compare.none')}</p>
      )}
      <button type="button" onClick={makeVariant} disabled={making}>
        {making ? t('preview.compare.making') : t('preview.compare.makeVariant')}
      </button>
      <p className="compare-picker__made" role="status">
        {made !== null && (
          <>
            {t('preview.compare.made', { name: made.name })}{' '}
            <a href={source.hrefOf(made.id)}>{t('preview.compare.open', { name: made.name })}</a>
          </>
        )}
        {failure !== null && t('preview.compare.failed', { message: failure })}
      </p>
    </div>
  );
}
