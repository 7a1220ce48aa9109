/** Says which stream the views show when a lane is selected, with a way back to all streams. */
import { useTranslation } from 'react-i18next';
import { filterStreamOf } from '../simulation/derive/filterStream';
import { editorStore, useEditor } from '../store/useEditor';

export function StreamFilterChip() {
  const { t } = useTranslation();
  const stream = useEditor((s) => filterStreamOf(s.selection));
  const name = useEditor(
    (s) => s.doc?.program.streams.find((x) => x.id === stream)?.name ?? stream,
  );
  if (stream === null) return null;
  return (
    <span className="filter-chip">
      {t('preview.filter.stream', { name })}
      {/* A chip's ×, named for what it does: the context row stays one line on a laptop. */}
      <button
        type="button"
        className="filter-chip__clear"
        aria-label={t('preview.filter.clear')}
        title={t('preview.filter.clear')}
        onClick={() => editorStore.getState().select([])}
      >
        <span aria-hidden="true">×</span>
      </button>
    </span>
  );
}
