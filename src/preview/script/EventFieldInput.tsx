/**
 * One field of the event form, as its type needs it: a person with suggestions, a stream or an
 * item from the program (a value the program no longer has stays shown, marked missing), an
 * attribute and its value (saying how the value is read), a form id, the operational switch, a
 * reorder's new order, a program status.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../model';
import type { Names } from '../../wording/names';
import type { EventDraft } from './eventDraft';
import type { EventField } from './eventTypes';
import { CheckboxField } from './fields/CheckboxField';
import { SelectField, type Option } from './fields/SelectField';
import { TextField } from './fields/TextField';
import { parseScalarText, scalarKind, scalarText } from './scalarText';
import type { Suggestions } from './suggestions';

export interface EventFieldInputProps {
  field: EventField;
  draft: EventDraft;
  doc: Scenario;
  names: Names;
  suggestions: Suggestions;
  error: string | null;
  onChange: (patch: Partial<EventDraft>) => void;
  onBlur: () => void;
}

const SUGGESTED = 50;

export function EventFieldInput(props: EventFieldInputProps) {
  const { field, draft, doc, names, suggestions, error, onChange, onBlur } = props;
  const { t } = useTranslation();
  const listId = useId();
  const key = (k: string) => `preview.script.editor.${k}` as 'preview.script.editor.person';
  const text = (name: 'person' | 'attribute' | 'form', list: readonly string[], hint?: string) => {
    const typed = draft[name].trim();
    const shown = list.filter((v) => v.startsWith(typed) && v !== typed).slice(0, SUGGESTED);
    return (
      <>
        <TextField
          label={t(key(name))}
          value={draft[name]}
          hint={hint}
          error={error}
          list={listId}
          autoComplete="off"
          spellCheck={false}
          onChange={(value) => onChange({ [name]: value })}
          onBlur={onBlur}
        />
        <datalist id={listId}>
          {shown.map((v) => (
            <option key={v} value={v} />
          ))}
        </datalist>
      </>
    );
  };
  const missing = (value: string, known: boolean): Option[] =>
    value !== '' && !known
      ? [{ value, label: t('preview.script.editor.missing', { id: value }) }]
      : [];

  switch (field) {
    case 'person':
      return text('person', suggestions.people);
    case 'attribute':
      return text('attribute', suggestions.attributes);
    case 'form':
      return text('form', suggestions.forms, t('preview.script.editor.formHint'));
    case 'stream': {
      const streams = doc.program.streams;
      const first = streams[0];
      const none =
        draft.type === 'add'
          ? t('preview.script.editor.firstStream', {
              stream: first ? names.stream(first.id) : '–',
            })
          : t('preview.script.editor.chooseStream');
      return (
        <SelectField
          label={t('preview.script.editor.stream')}
          value={draft.stream}
          error={error}
          options={[
            { value: '', label: none },
            ...streams.map((s) => ({ value: s.id, label: names.stream(s.id) })),
            ...missing(
              draft.stream,
              streams.some((s) => s.id === draft.stream),
            ),
          ]}
          onChange={(stream) => {
            // A reorder starts from the stream's current order: moving one id is then enough.
            const items = streams.find((s) => s.id === stream)?.content ?? [];
            onChange(
              draft.type === 'reorder'
                ? { stream, order: items.map((c) => c.id).join(', ') }
                : { stream },
            );
          }}
        />
      );
    }
    case 'content': {
      const emailsOnly = draft.type === 'opens' || draft.type === 'clicks';
      const items = suggestions.items.filter((i) => !emailsOnly || i.type === 'email');
      return (
        <SelectField
          label={t(emailsOnly ? 'preview.script.editor.email' : 'preview.script.editor.content')}
          value={draft.content}
          error={error}
          options={[
            {
              value: '',
              label: t(
                emailsOnly
                  ? 'preview.script.editor.chooseEmail'
                  : 'preview.script.editor.chooseContent',
              ),
            },
            ...items.map((i) => ({ value: i.id, label: i.label })),
            ...missing(
              draft.content,
              items.some((i) => i.id === draft.content),
            ),
          ]}
          onChange={(content) => onChange({ content })}
        />
      );
    }
    case 'value': {
      const value = parseScalarText(draft.value);
      const reads =
        value === undefined
          ? t('preview.script.editor.valueHint')
          : t(`preview.script.editor.valueReads.${scalarKind(value)}`, {
              value: scalarText(value),
            });
      return (
        <TextField
          label={t('preview.script.editor.value')}
          value={draft.value}
          hint={reads}
          error={error}
          spellCheck={false}
          onChange={(v) => onChange({ value: v })}
          onBlur={onBlur}
        />
      );
    }
    case 'operational':
      return (
        <CheckboxField
          label={t('preview.script.editor.operational')}
          checked={draft.operational}
          onChange={(operational) => onChange({ operational })}
        />
      );
    case 'order':
      return (
        <TextField
          label={t('preview.script.editor.order')}
          value={draft.order}
          hint={t('preview.script.editor.orderHint')}
          error={error}
          spellCheck={false}
          onChange={(order) => onChange({ order })}
          onBlur={onBlur}
        />
      );
    case 'status':
      return (
        <SelectField
          label={t('preview.script.editor.status')}
          value={draft.status}
          options={[
            { value: 'on', label: t('preview.script.details.status.on') },
            { value: 'off', label: t('preview.script.details.status.off') },
          ]}
          onChange={(status) => onChange({ status: status as 'on' | 'off' })}
        />
      );
  }
}
