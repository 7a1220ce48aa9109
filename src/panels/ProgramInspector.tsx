/**
 * The program itself: name, time zone (the subscription zone), status (R6), communication limits
 * (R34-R36) and the default behaviour rates the simulator samples.
 */
import { useTranslation } from 'react-i18next';
import { updateProgram } from '../document/actions/program';
import type { ProgramPatch } from '../document/ops';
import type { Program } from '../model';
import { editorStore } from '../store/useEditor';
import { BehaviorFields } from './BehaviorFields';
import { CheckboxField } from './CheckboxField';
import { LimitsFields } from './LimitsFields';
import { Section } from './Section';
import { TextField } from './TextField';
import { TimeZoneField } from './TimeZoneField';

/** `typing`: the field being typed in (one undo step per field). */
const apply = (patch: ProgramPatch, typing?: string) =>
  editorStore.getState().apply(updateProgram, { patch, typing });

export function ProgramInspector({ program }: { program: Program }) {
  const { t } = useTranslation();
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
    </>
  );
}
