/** A stream (lane): its name and its cadence with the next cast dates. */
import { useTranslation } from 'react-i18next';
import { renameStream } from '../editor/ops';
import type { Stream } from '../model';
import { editorStore } from '../store/useEditor';
import { CadenceEditor } from './CadenceEditor';
import { TextField } from './TextField';

export function StreamInspector({ stream, timeZone }: { stream: Stream; timeZone: string }) {
  const { t } = useTranslation();
  const rename = (name: string) =>
    editorStore
      .getState()
      .edit((doc) => renameStream(doc, stream.id, name), { coalesce: `name:${stream.id}` });
  return (
    <>
      <TextField
        label={t('inspector.name')}
        value={stream.name ?? ''}
        placeholder={stream.id}
        onChange={rename}
        hint={t('inspector.idHint', { id: stream.id })}
      />
      <CadenceEditor stream={stream} timeZone={timeZone} />
    </>
  );
}
