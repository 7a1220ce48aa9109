/** A sticky note: free text on the canvas for the people planning the program (kept in "ui"). */
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { updateNote } from '../../document/actions/notes';
import { editorStore } from '../../store/useEditor';
import type { NoteNode as NoteNodeType } from '../toFlow';

export const NoteNode = memo(function NoteNode({ data, selected }: NodeProps<NoteNodeType>) {
  const { t } = useTranslation();
  const { note } = data;
  return (
    <div className={`note${selected ? ' note--selected' : ''}`} data-testid={`note-${note.id}`}>
      <span className="note__grip" aria-hidden="true" />
      <textarea
        className="note__text nodrag nowheel nokey"
        aria-label={t('note.label')}
        value={note.text}
        placeholder={t('note.placeholder')}
        rows={4}
        onChange={(e) =>
          editorStore.getState().apply(updateNote, { id: note.id, text: e.target.value })
        }
      />
    </div>
  );
});
