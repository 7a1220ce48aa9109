/** Remembers where the user is in a program (viewport, selection): one debounced write of the whole view. */
import type { Viewport } from '@xyflow/react';
import type { ProgramRepository } from '../db/deferredRepo';
import { editorStore } from '../store/useEditor';
import { saveView } from './viewState';

export interface ViewMemory {
  viewport(next: Viewport): void;
  selection(): void;
  /** The viewport the canvas opened at, without writing it back. */
  seed(view: Viewport | null): void;
}

export function rememberView(
  repo: ProgramRepository,
  programId: string,
  delayMs = 300,
): ViewMemory {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let current: Viewport | null = null;
  const save = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(
      () =>
        void saveView(repo, programId, {
          viewport: current,
          selection: editorStore.getState().selection,
        }),
      delayMs,
    );
  };
  return {
    viewport(next) {
      current = next;
      save();
    },
    selection: save,
    seed(view) {
      current = view;
    },
  };
}
