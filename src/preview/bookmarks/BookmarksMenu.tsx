/**
 * Bookmarks beside the date cursor: a button opens a small menu that saves the moment on screen
 * (the date cursor, the person whose journey is open, the view) and lists the program's saved
 * moments, each restored in one click. Escape or the button closes it; focus returns to the button.
 */
import { useContext, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cursorDayOf } from '../../simulation/derive/counts';
import { PREVIEW_VIEWS, type PreviewView } from '../../simulation/previewStore';
import { previewStore } from '../../store/usePreview';
import { BookmarkItem } from './BookmarkItem';
import { bookmarkLabel } from './bookmarkName';
import { BookmarkPortContext, type Bookmark, type BookmarkPort } from './bookmarkPort';
import { useBookmarks } from './useBookmarks';
import './bookmarks.css';

const viewOf = (view: string): PreviewView =>
  (PREVIEW_VIEWS as readonly string[]).includes(view) ? (view as PreviewView) : 'calendar';

export function BookmarksMenu() {
  const port = useContext(BookmarkPortContext);
  return port === null ? null : <Menu port={port} />;
}

function Menu({ port }: { port: BookmarkPort }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const { list, add, rename, remove } = useBookmarks(port);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    const onPointer = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!panel.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('pointerdown', onPointer);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  const save = () => {
    const s = previewStore.getState();
    const frame = s.result?.frame;
    // The day on screen, not "the first cast": a bookmark keeps its date when the program changes.
    const cursorDay = frame ? cursorDayOf(frame, s.cursorDay) : s.cursorDay;
    add.mutate({ cursorDay, person: s.person, view: s.view });
  };
  const restore = (mark: Bookmark) => {
    previewStore.getState().restoreMoment({ ...mark, view: viewOf(mark.view) });
    close();
  };
  const marks = list.data ?? [];
  return (
    <div className="bookmarks">
      <button
        ref={button}
        type="button"
        className="bookmarks__button"
        aria-expanded={open}
        aria-controls={id}
        aria-label={t('preview.bookmarks.label')}
        title={t('preview.bookmarks.label')}
        onClick={() => setOpen(!open)}
      >
        {/* An icon, named by aria-label: the context row must stay one line at 1280 px. */}
        <svg className="bookmarks__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path d="M4 1.5h8a.5.5 0 0 1 .5.5v12.2L8 11.3l-4.5 2.9V2a.5.5 0 0 1 .5-.5z" />
        </svg>
        {marks.length > 0 && (
          <span className="bookmarks__count" aria-hidden="true">
            {marks.length}
          </span>
        )}
        <span aria-hidden="true">{open ? '▴' : '▾'}</span>
      </button>
      {open && (
        <div
          ref={panel}
          id={id}
          className="bookmarks__panel"
          role="group"
          aria-label={t('preview.bookmarks.label')}
        >
          <button type="button" className="bookmarks__save" onClick={save}>
            {t('preview.bookmarks.save')}
          </button>
          {marks.length === 0 ? (
            <p className="bookmarks__empty">{t('preview.bookmarks.empty')}</p>
          ) : (
            <ul className="bookmarks__list" aria-label={t('preview.bookmarks.list')}>
              {marks.map((mark) => (
                <BookmarkItem
                  key={mark.id}
                  label={bookmarkLabel(t, i18n.language, mark)}
                  named={mark.name ?? ''}
                  onRestore={() => restore(mark)}
                  onRename={(name) => rename.mutate({ id: mark.id, name })}
                  onDelete={() => remove.mutate(mark.id)}
                />
              ))}
            </ul>
          )}
          {(list.isError || add.isError || rename.isError || remove.isError) && (
            <p className="bookmarks__error" role="alert">
              {t('preview.bookmarks.failed')}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
