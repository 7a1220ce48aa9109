/** A person's id from their index in the audience: the file's people first, then each cohort's. */
import type { PreviewFrame } from '../../engine';

export function personIdAt(frame: PreviewFrame, p: number): string {
  if (p < frame.explicitIds.length) return frame.explicitIds[p]!;
  const g = p - frame.explicitIds.length;
  for (const cohort of frame.cohorts)
    if (g >= cohort.start && g < cohort.start + cohort.size)
      return `${cohort.id}-${g - cohort.start + 1}`;
  return `#${p}`;
}
