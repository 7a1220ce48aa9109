/** A stream (lane): its name, its content (Activate all), its cadence with the next cast dates, rules, test stream. */
import { useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { renameStream } from '../document/actions/streams';
import type { Scenario, Stream } from '../model';
import { editorStore, useEditor } from '../store/useEditor';
import { ExhaustedMoveField } from './ExhaustedMoveField';
import { IncomingRuleField } from './IncomingRuleField';
import { CadenceEditor } from './CadenceEditor';
import { ContentFields } from './ContentFields';
import { InspectorSlotsContext } from './inspectorSlots';
import { Section } from './Section';
import { TextField } from './TextField';

const selectDoc = (s: { doc: Scenario | null }) => s.doc;

export function StreamInspector({ stream, timeZone }: { stream: Stream; timeZone: string }) {
  const doc = useEditor(selectDoc);
  const { t } = useTranslation();
  const { testStream: TestStream } = useContext(InspectorSlotsContext);
  const rename = (name: string) =>
    editorStore.getState().apply(renameStream, { stream: stream.id, name });
  return (
    <>
      <TextField
        label={t('inspector.name')}
        value={stream.name ?? ''}
        placeholder={stream.id}
        onChange={rename}
        hint={t('inspector.idHint', { id: stream.id })}
      />
      <ContentFields stream={stream} />
      <CadenceEditor stream={stream} timeZone={timeZone} />
      {doc && <IncomingRuleField stream={stream} doc={doc} />}
      {doc && <ExhaustedMoveField stream={stream} doc={doc} />}
      {doc && TestStream && (
        <Section title={t('inspector.testStream.title')} hint={t('inspector.testStream.hint')}>
          <TestStream stream={stream} doc={doc} />
        </Section>
      )}
    </>
  );
}
