/** What a card did at the cursor's cast: how many received it, and whether the followed person did. */
import { contentIndexOf } from '../../simulation/derive/canvasCounts';
import { usePreview } from '../../store/usePreview';
import { useCastScene } from './useCastScene';

export interface CardCast {
  received: number;
  /** The followed person's id when they received this card at this cast. */
  followed: string | null;
  hidden: boolean;
}

export function useCardCast(stream: string, item: string): CardCast | null {
  const view = useCastScene();
  const followed = usePreview((s) =>
    s.followed?.stream === stream && s.followed.content === item ? s.followed.person : null,
  );
  if (view === null) return null;
  const { frame } = view.result;
  const scene = view.scene.streams[frame.streamIds.indexOf(stream)];
  const content = contentIndexOf(view.result, item);
  const received = scene === undefined || content < 0 ? 0 : (scene.received.get(content) ?? 0);
  return { received, followed, hidden: view.hidden };
}
