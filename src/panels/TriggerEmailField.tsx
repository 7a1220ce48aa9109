/**
 * Which email an opens or clicks trigger waits for: any email of the program, any email of one
 * stream (a group: one trigger per email of it, src/document/triggerGroups.ts), or one email.
 */
import { useTranslation } from 'react-i18next';
import type { TriggerGroup, TriggerPart } from '../document/triggerGroups';
import type { Trigger } from '../model';
import type { Names } from '../wording/names';
import { optionsOf, type Choices } from './choices';
import { SelectField } from './SelectField';

type EmailTrigger = Extract<Trigger, { type: 'opensEmail' | 'clicksEmail' }>;

/** What the field can be set to; option values are positions in this list. */
type EmailChoice =
  | { kind: 'any'; label: string }
  | { kind: 'group'; stream: string; label: string }
  | { kind: 'email'; id: string; label: string };

export function TriggerEmailField({
  type,
  part,
  choices,
  names,
  onChange,
}: {
  type: EmailTrigger['type'];
  part: TriggerPart;
  choices: Choices;
  names: Names;
  onChange: (part: TriggerPart) => void;
}) {
  const { t } = useTranslation();
  const group = part.kind === 'group' ? part.group : null;
  const content = part.kind === 'one' ? (part.trigger as EmailTrigger).content : undefined;
  const list: EmailChoice[] = [
    { kind: 'any', label: t('inspector.anyEmail') },
    // Streams with emails, and the group's own stream even once it has none.
    ...choices.streams
      .filter((s) => (names.emailsOf(s.id)?.length ?? 0) > 0 || s.id === group?.stream)
      .map((s) => ({
        kind: 'group' as const,
        stream: s.id,
        label: t('inspector.trigger.anyOf', { stream: names.stream(s.id) }),
      })),
    ...optionsOf(choices.emails, content).map((o) => ({
      kind: 'email' as const,
      id: o.value,
      label: o.label,
    })),
  ];
  const current = list.findIndex((c) =>
    group
      ? c.kind === 'group' && c.stream === group.stream
      : content === undefined
        ? c.kind === 'any'
        : c.kind === 'email' && c.id === content,
  );
  const choose = (index: string) => {
    const choice = list[Number(index)];
    if (!choice) return;
    if (choice.kind === 'group') {
      const next: TriggerGroup = {
        type,
        stream: choice.stream,
        contents: [...(names.emailsOf(choice.stream) ?? [])],
      };
      onChange({ kind: 'group', group: next });
    } else
      onChange({
        kind: 'one',
        trigger: choice.kind === 'any' ? { type } : { type, content: choice.id },
      });
  };
  return (
    <SelectField
      label={t('inspector.trigger.email')}
      value={String(current)}
      options={list.map((c, i) => ({ value: String(i), label: c.label }))}
      onChange={choose}
    />
  );
}
