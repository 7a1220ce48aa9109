/** A stream (lane): its name, its content (Activate all), its cadence with the next cast dates, rules. */
import { useTranslation } from 'react-i18next';
import { renameStream } from '../document/actions/streams';
import type { Scenario, Stream } from '../model';

const selectDoc = (s: { doc: Scenario | null }) => s.doc;
import { editorStore, useEditor } from '../store/useEditor';
import { ExhaustedMoveField } from './ExhaustedMoveField';
import { IncomingRuleField } from './IncomingRuleField';
import { CadenceEditor } from './CadenceEditor';
import { ContentFields } from './ContentFields';
import { TextField } from './TextField';

export function StreamInspector({ stream, timeZone }: { stream: Stream; timeZone: string }) {
  const doc = useEditor(selectDoc);
  const { t } = useTranslation();
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
    </>
  );
}
