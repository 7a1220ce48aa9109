/** One bookmark in the menu: restore it (one click), rename it in place, or delete it. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export function BookmarkItem({
  label,
  named,
  onRestore,
  onRename,
  onDelete,
}: {
  label: string;
  /** The stored name ('' when the label is the worded moment), to edit. */
  named: string;
  onRestore(): void;
  onRename(name: string): void;
  onDelete(): void;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(named);
  if (editing)
    return (
      <li className="bookmarks__item">
        <input
          className="bookmarks__name"
          aria-label={t('preview.bookmarks.nameOf', { name: label })}
          value={draft}
          placeholder={label}
          // The field takes the place of the rename button just pressed: focus goes on with it.
          autoFocus
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              onRename(draft);
              setEditing(false);
            }
            if (e.key === 'Escape') {
              e.stopPropagation(); // cancels the rename only, the menu stays open
              setDraft(named);
              setEditing(false);
            }
          }}
          onBlur={() => {
            if (draft !== named) onRename(draft);
            setEditing(false);
          }}
        />
      </li>
    );
  return (
    <li className="bookmarks__item">
      <button
        type="button"
        className="bookmarks__restore"
        title={t('preview.bookmarks.restoreTitle')}
        onClick={onRestore}
      >
        {label}
      </button>
      <button
        type="button"
        className="bookmarks__action"
        aria-label={t('preview.bookmarks.rename', { name: label })}
        title={t('preview.bookmarks.rename', { name: label })}
        onClick={() => {
          setDraft(named);
          setEditing(true);
        }}
      >
        <span aria-hidden="true">✎</span>
      </button>
      <button
        type="button"
        className="bookmarks__action"
        aria-label={t('preview.bookmarks.delete', { name: label })}
        title={t('preview.bookmarks.delete', { name: label })}
        onClick={onDelete}
      >
        <span aria-hidden="true">×</span>
      </button>
    </li>
  );
}
