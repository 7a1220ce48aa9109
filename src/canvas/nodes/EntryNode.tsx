/** Where rules that pull from any stream start (R47). */
import { Handle, Position } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';

export const EntryNode = memo(function EntryNode() {
  const { t } = useTranslation();
  return (
    <div className="entry" title={t('entry.hint')}>
      <span>{t('entry.label')}</span>
      <Handle type="source" position={Position.Right} className="lane__handle" />
    </div>
  );
});
