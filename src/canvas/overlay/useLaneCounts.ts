/** The preview's counts for one lane at the shared cursor date, or null without a result. */
import { cursorDayOf } from '../../simulation/derive/counts';
import { laneCounts, type LaneCounts } from '../../simulation/derive/canvasCounts';
import { usePreview } from '../../store/usePreview';

export function useLaneCounts(
  streamId: string,
): { counts: LaneCounts; stale: boolean; day: number } | null {
  const result = usePreview((s) => s.result);
  const cursor = usePreview((s) => s.cursorDay);
  const stale = usePreview((s) => s.stale);
  if (result === null) return null;
  const day = cursorDayOf(result.frame, cursor);
  const counts = laneCounts(result, streamId, day);
  return counts === null ? null : { counts, stale, day };
}
