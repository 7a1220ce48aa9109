// Moving a card with the keyboard: Alt+ArrowUp/Down within its stream, Alt+ArrowLeft/Right into the
// lane standing on its left or right on the canvas (not the file's order).
import { describe, expect, it } from 'vitest';
import { cardKeyMove } from '../../src/canvas/cardKeys';
import type { Scenario } from '../../src/model';
import { nurtureA } from '../fixtures/builders';

/** Nurture-A with a third stream placed between S1 and S2 on the canvas. */
function threeLanes(): Scenario {
  const doc = nurtureA();
  doc.program.streams.push({ id: 'S3', name: 'Middle', content: [] });
  return {
    ...doc,
    ui: { lanes: { S1: { x: 0, y: 0 }, S3: { x: 320, y: 0 }, S2: { x: 640, y: 0 } } },
  } as Scenario;
}

describe('cardKeyMove', () => {
  const doc = threeLanes();

  it('R11: up and down shift the priority by one place, never past either end', () => {
    expect(cardKeyMove(doc, 'S1', 'E2', 'ArrowUp')).toEqual({
      from: 'S1',
      item: 'E2',
      to: 'S1',
      index: 0,
    });
    expect(cardKeyMove(doc, 'S1', 'E2', 'ArrowDown')).toMatchObject({ to: 'S1', index: 2 });
    expect(cardKeyMove(doc, 'S1', 'E1', 'ArrowUp')).toBeNull();
    expect(cardKeyMove(doc, 'S1', 'E3', 'ArrowDown')).toBeNull();
  });

  it('left and right go to the end of the neighbouring lane as the lanes stand on the canvas', () => {
    expect(cardKeyMove(doc, 'S1', 'E1', 'ArrowRight')).toEqual({
      from: 'S1',
      item: 'E1',
      to: 'S3',
      index: 0,
    });
    expect(cardKeyMove(doc, 'S2', 'E4', 'ArrowLeft')).toMatchObject({ to: 'S3', index: 0 });
    expect(cardKeyMove(doc, 'S3', 'E9', 'ArrowLeft')).toBeNull(); // not in S3
    expect(cardKeyMove(doc, 'S1', 'E1', 'ArrowLeft')).toBeNull(); // the leftmost lane
    expect(cardKeyMove(doc, 'S2', 'E4', 'ArrowRight')).toBeNull(); // the rightmost lane
  });

  it('other keys move nothing', () => {
    expect(cardKeyMove(doc, 'S1', 'E1', 'Enter')).toBeNull();
  });
});
