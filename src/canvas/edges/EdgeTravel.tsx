/**
 * People moved at the cursor's day travel along their edge: a few dots (and their number, when
 * more than TOKEN_LIMIT) run from source to target once, placed each frame with
 * getPointAtLength, so a scrub or a step restarts them from the new day (SVG's animateMotion
 * cannot be scrubbed). With reduced motion, or while the quiz hides the outcome, nothing travels:
 * the tokens simply stand in their new lane.
 */
import { useEffect, useRef, useState } from 'react';
import { useReducedMotion } from '../../ui/useReducedMotion';
import { movedAlong } from '../../simulation/derive/castScene';
import { usePreview } from '../../store/usePreview';
import { TOKEN_LIMIT } from '../overlay/Tokens';
import { useCastScene } from '../overlay/useCastScene';

const DOTS = 4;
/** Dots leave one after another, STAGGER of the run apart. */
const STAGGER = 0.12;

export function EdgeTravel({
  path,
  from,
  to,
}: {
  path: string;
  from: string | -1 | 'any';
  to: string;
}) {
  const view = useCastScene();
  const reduced = useReducedMotion();
  const speed = usePreview((s) => (s.playing ? s.speed : 1));
  const line = useRef<SVGPathElement>(null);
  const dots = useRef<(SVGGElement | null)[]>([]);
  const [arrived, setArrived] = useState<string | null>(null);
  const streams = view?.result.frame.streamIds ?? [];
  const target = streams.indexOf(to);
  // A lane's stream by index (none when the stream is newer than the result), 'any', or -1.
  const source = typeof from === 'string' && from !== 'any' ? streams.indexOf(from) : from;
  const known = target >= 0 && !(typeof from === 'string' && from !== 'any' && source === -1);
  const count = view === null || view.hidden || !known ? 0 : movedAlong(view.scene, source, target);
  const run = view === null ? '' : `${view.scene.day}:${count}:${path}`;
  const moving = count > 0 && !reduced && arrived !== run;
  const duration = Math.min(1200, 800 / speed);

  useEffect(() => {
    const element = line.current;
    if (!moving || element === null) return;
    const length = element.getTotalLength();
    let start: number | null = null;
    let frame = 0;
    const tick = (now: number) => {
      start ??= now;
      const t = (now - start) / duration;
      dots.current.forEach((dot, i) => {
        const along = Math.min(1, Math.max(0, t * (1 + STAGGER * (DOTS - 1)) - i * STAGGER));
        const point = element.getPointAtLength(length * along);
        dot?.setAttribute('transform', `translate(${point.x} ${point.y})`);
      });
      if (t < 1) frame = requestAnimationFrame(tick);
      else setArrived(run);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [moving, run, duration]);

  if (!moving) return null;
  const shown = Math.min(DOTS, count);
  return (
    <g className="edge-travel" aria-hidden="true" data-testid="edge-travel">
      <path ref={line} d={path} fill="none" stroke="none" />
      {Array.from({ length: shown }, (_, i) => (
        <g
          key={i}
          ref={(dot) => {
            dots.current[i] = dot;
          }}
          transform="translate(-9999 -9999)"
        >
          <circle r={6} className="edge-travel__dot" />
          {i === 0 && count > TOKEN_LIMIT && (
            <text className="edge-travel__count" x={9} y={4}>
              {count}
            </text>
          )}
        </g>
      ))}
    </g>
  );
}
