/**
 * The scene at the preview's cursor for the canvas's tokens, or null without a result; `hidden`
 * while the quiz keeps the outcome of the step just taken from view.
 */
import { castScene, type CastScene } from '../../simulation/derive/castScene';
import { cursorDayOf } from '../../simulation/derive/counts';
import type { PreviewResult } from '../../simulation/previewStore';
import { usePreview } from '../../store/usePreview';

export interface SceneView {
  scene: CastScene;
  result: PreviewResult;
  hidden: boolean;
}

export function useCastScene(): SceneView | null {
  const result = usePreview((s) => s.result);
  const cursor = usePreview((s) => s.cursorDay);
  const hidden = usePreview((s) => s.quiz && !s.revealed);
  if (result === null) return null;
  return { scene: castScene(result, cursorDayOf(result.frame, cursor)), result, hidden };
}

/** Whether the outcome at the cursor is hidden by the quiz (the counts show "?"). */
export function useQuizHidden(): boolean {
  return usePreview((s) => s.quiz && !s.revealed);
}
