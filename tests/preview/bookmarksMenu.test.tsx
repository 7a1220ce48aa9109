// @vitest-environment jsdom
// The bookmarks menu beside the date cursor: save the moment on screen (date cursor, person,
// view), read it back worded as date and person, restore it in one click, rename it from the
// keyboard, delete it. Storage is an in-memory port, as the editor page wires IndexedDB.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BookmarksMenu } from '../../src/preview/bookmarks/BookmarksMenu';
import {
  BookmarkPortContext,
  type Bookmark,
  type BookmarkPort,
} from '../../src/preview/bookmarks/bookmarkPort';
import { dayOfIso } from '../../src/simulation/derive/dates';
import { previewStore } from '../../src/store/usePreview';
import { renderPart } from './renderPreviewPart';

afterEach(() => {
  cleanup();
  previewStore.getState().reset();
});

function memoryPort(): BookmarkPort & { rows: Bookmark[] } {
  const rows: Bookmark[] = [];
  let n = 0;
  return {
    rows,
    key: ['bookmarks', 'test'],
    list: async () => rows.map((r) => ({ ...r })),
    add: async (moment) => void rows.push({ id: `b${++n}`, name: null, ...moment }),
    rename: async (id, name) => {
      const row = rows.find((r) => r.id === id)!;
      row.name = name.trim() === '' ? null : name.trim();
    },
    remove: async (id) =>
      void rows.splice(
        rows.findIndex((r) => r.id === id),
        1,
      ),
  };
}

function renderMenu(port: BookmarkPort) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return renderPart(
    <QueryClientProvider client={client}>
      <BookmarkPortContext value={port}>
        <BookmarksMenu />
      </BookmarkPortContext>
    </QueryClientProvider>,
  );
}

const MAR_11 = dayOfIso('2025-03-11');

describe('bookmarks menu', () => {
  it('saves the moment on screen and restores cursor, person and view in one click', async () => {
    const port = memoryPort();
    const { user } = renderMenu(port);
    previewStore.getState().setCursor(MAR_11);
    previewStore.getState().openPerson('ann'); // opens the journey view too
    await user.click(screen.getByRole('button', { name: 'Bookmarks' }));
    await user.click(screen.getByRole('button', { name: 'Save this moment' }));
    const restore = await screen.findByRole('button', { name: 'Tue, Mar 11, 2025 · ann' });
    expect(port.rows).toEqual([
      { id: 'b1', name: null, cursorDay: MAR_11, person: 'ann', view: 'journey' },
    ]);

    previewStore.getState().setCursor(MAR_11 + 14);
    previewStore.getState().openPerson(null);
    previewStore.getState().showView('charts');
    await user.click(restore);
    const s = previewStore.getState();
    expect([s.cursorDay, s.person, s.view]).toEqual([MAR_11, 'ann', 'journey']);
    // The menu closed, and focus is back on its button.
    expect(screen.getByRole('button', { name: /Bookmarks/ })).toBe(document.activeElement);
  });

  it('renames from the keyboard, Escape leaves the name, and deletes', async () => {
    const port = memoryPort();
    port.rows.push({ id: 'b9', name: null, cursorDay: MAR_11, person: null, view: 'calendar' });
    const { user } = renderMenu(port);
    await user.click(screen.getByRole('button', { name: /Bookmarks/ }));
    await user.click(await screen.findByRole('button', { name: 'Rename Tue, Mar 11, 2025' }));
    await user.keyboard('Before the move{Enter}');
    await screen.findByRole('button', { name: 'Before the move' });
    expect(port.rows[0]?.name).toBe('Before the move');

    await user.click(screen.getByRole('button', { name: 'Rename Before the move' }));
    await user.keyboard('{Escape}');
    expect(screen.getByRole('group', { name: 'Bookmarks' })).toBeTruthy();
    expect(port.rows[0]?.name).toBe('Before the move');

    await user.click(screen.getByRole('button', { name: 'Delete Before the move' }));
    await screen.findByText(/No bookmarks yet/);
    expect(port.rows).toEqual([]);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Bookmarks' })).toBeNull();
  });
});
