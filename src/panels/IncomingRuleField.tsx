/**
 * Without dragging an edge: add a transition rule that pulls people into this stream (R47), from
 * one stream or from anywhere. The new rule opens in the rule builder.
 */
import { useTranslation } from 'react-i18next';
import { addRule } from '../document/actions/rules';
import type { Scenario, Stream } from '../model';
import { editorStore } from '../store/useEditor';
import { SelectField } from './SelectField';

const ANYWHERE = '*';

export function IncomingRuleField({ stream, doc }: { stream: Stream; doc: Scenario }) {
  const { t } = useTranslation();
  const add = (from: string) => {
    if (from === '') return;
    editorStore
      .getState()
      .apply(
        addRule,
        { to: stream.id, from: from === ANYWHERE ? null : from },
        { select: (id) => ({ kind: 'rule', stream: stream.id, id }) },
      );
  };
  return (
    <SelectField
      label={t('inspector.incoming.add')}
      value=""
      options={[
        { value: '', label: t('inspector.incoming.choose') },
        { value: ANYWHERE, label: t('inspector.anyStream') },
        ...doc.program.streams
          .filter((s) => s.id !== stream.id)
          .map((s) => ({ value: s.id, label: s.name || s.id })),
      ]}
      onChange={add}
    />
  );
}
