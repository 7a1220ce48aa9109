/** The app's preview store and the hook components read it through (module-scope selectors). */
import { useStore } from 'zustand';
import {
  createPreviewStore,
  type PreviewActions,
  type PreviewState,
} from '../simulation/previewStore';

export const previewStore = createPreviewStore();

export function usePreview<T>(selector: (state: PreviewState & PreviewActions) => T): T {
  return useStore(previewStore, selector);
}
