// The document of a new program, loaded when "New program" is submitted (not with the library).
import { blankScenario } from '../document/ops';
import { withDefaultAudience, withDefaultBehavior } from '../document/ops/audience';
import type { Scenario } from '../model';
import { shortId } from './shortId';

/**
 * A blank program with a sensible audience and behaviour from the start, so the preview is never
 * empty once a stream exists, and shows opens and clicks.
 */
export function newProgramDocument(name: string, timeZone: string, today: string): Scenario {
  const blank = blankScenario(shortId(), name, timeZone);
  return withDefaultBehavior(withDefaultAudience(blank, today));
}
