/**
 * A name the user typed or imported (a program, stream, content item or file), shown as an element
 * of its own:
 * - isolated for bidirectional text (<bdi>): a right-to-left override in the name ends with it and
 *   cannot reorder what follows (an id, a count, the next cell);
 * - with `lines`, never taller than that many lines nor wider than its place, then an ellipsis
 *   (places that cut names their own way, on one line, leave it out);
 * - the full name as the tooltip when it is cut (screen readers read it whole in any case).
 */
import type { CSSProperties, MouseEvent } from 'react';
import './name.css';

interface NameProps {
  children: string;
  /** Cut the name after this many lines. */
  lines?: number;
  className?: string;
}

export function Name({ children, lines, className }: NameProps) {
  const classes = ['name', lines === undefined ? '' : 'name--clamped', className ?? ''];
  return (
    <bdi
      className={classes.filter(Boolean).join(' ')}
      style={lines === undefined ? undefined : ({ '--name-lines': lines } as CSSProperties)}
      onMouseEnter={titleIfCut}
    >
      {children}
    </bdi>
  );
}

/** The full name as the tooltip, only when an ellipsis hides part of it. */
function titleIfCut(event: MouseEvent<HTMLElement>) {
  const name = event.currentTarget;
  const box = clippingBox(name);
  const cut =
    box !== null && (box.scrollWidth > box.clientWidth || box.scrollHeight > box.clientHeight);
  if (cut) name.title = name.textContent ?? '';
  else name.removeAttribute('title');
}

/** The name itself, or the parent or grandparent that cuts it (a one-line title, a lane). */
function clippingBox(name: HTMLElement): HTMLElement | null {
  let box: HTMLElement | null = name;
  for (let level = 0; box !== null && level < 3; level++, box = box.parentElement)
    if (getComputedStyle(box).overflowX !== 'visible') return box;
  return null;
}
