/**
 * The program itself: name, time zone (the subscription zone), status (R6), communication limits
 * (R34-R36), the default behaviour rates the simulator samples, and the public holidays marked.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { updateProgram } from '../document/actions/program';
import { readHolidayRegions } from '../document/ops/holidays';
import type { ProgramPatch } from '../document/ops';
import type { Program, Scenario } from '../model';
import { editorStore, useEditor } from '../store/useEditor';
import { BehaviorFields } from './BehaviorFields';
import { CheckboxField } from './CheckboxField';
import { HolidaysSection } from './holidays/HolidaysSection';
import { LimitsFields } from './LimitsFields';
import { Section } from './Section';
import { TextField } from './TextField';
import { TimeZoneField } from './TimeZoneField';

/** `typing`: the field being typed in (one undo step per field). */
const apply = (patch: ProgramPatch, typing?: string) =>
  editorStore.getState().apply(updateProgram, { patch, typing });

const selectDoc = (s: { doc: Scenario | null }) => s.doc;

export function ProgramInspector({ program }: { program: Program }) {
  const { t } = useTranslation();
  const doc = useEditor(selectDoc);
  const regions = useMemo(() => (doc === null ? [] : readHolidayRegions(doc)), [doc]);
  return (
    <>
      <TextField
        label={t('inspector.name')}
        value={program.name ?? ''}
        placeholder={program.id}
        onChange={(name) => apply({ name: name === '' ? undefined : name }, 'name')}
      />
      <TimeZoneField
        value={program.timeZone}
        onChange={(timeZone) => apply({ timeZone }, 'zone')}
      />
      <CheckboxField
        label={t('inspector.program.status')}
        hint={t('inspector.program.statusHint')}
        checked={program.status !== 'off'}
        onChange={(on) => apply({ status: on ? 'on' : 'off' })}
      />
      <Section title={t('inspector.program.limits')} hint={t('inspector.program.limitsHint')}>
        <LimitsFields
          limits={program.communicationLimits}
          onChange={(communicationLimits, cap) => apply({ communicationLimits }, cap)}
        />
      </Section>
      <Section title={t('inspector.program.behavior')} hint={t('inspector.program.behaviorHint')}>
        <BehaviorFields
          behavior={program.behavior}
          onChange={(behavior, rate) => apply({ behavior }, rate)}
        />
      </Section>
      <HolidaysSection regions={regions} />
    </>
  );
}
