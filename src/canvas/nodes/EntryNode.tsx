/**
 * The program entry, two tags side by side, each with a handle below to draw from. "Program
 * entry": where people added to the program come in (its arrow goes to the first stream); drawn
 * to another stream, a rule sending new members there. "Any stream": a rule pulling people from
 * whichever stream they are in (R47).
 */
import { Handle, Position } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { ANY_HANDLE, JOIN_HANDLE } from '../toFlow';

export const EntryNode = memo(function EntryNode() {
  const { t } = useTranslation();
  return (
    <div className="entry" data-testid="entry">
      <div className="entry__tag entry__tag--join" title={t('entry.joinHint')}>
        <span className="entry__label">{t('entry.label')}</span>
        <Handle
          type="source"
          id={JOIN_HANDLE}
          position={Position.Bottom}
          className="lane__handle"
          title={t('entry.joinHint')}
        />
      </div>
      <div className="entry__tag" title={t('entry.hint')}>
        <span className="entry__label">{t('entry.any')}</span>
        <Handle
          type="source"
          id={ANY_HANDLE}
          position={Position.Bottom}
          className="lane__handle"
          title={t('entry.hint')}
        />
      </div>
    </div>
  );
});
