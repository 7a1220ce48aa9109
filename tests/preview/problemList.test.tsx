// @vitest-environment jsdom
// Why the preview cannot simulate: the first five problems, path apart, message in the UI language,
// including the engine's own (a period too long) and a count of the rest.
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { problem, type Problem } from '../../src/model';
import { ProblemList } from '../../src/preview/ProblemList';
import { renderPart } from './renderPreviewPart';

afterEach(cleanup);

const problems: Problem[] = [
  problem(['events', 2, 'person'], 'noPerson', { id: '"niemand"' }),
  problem(['simulation'], 'periodTooLong', {
    start: '1900-01-01',
    until: '2025-04-30',
    days: 45_800,
    max: 36_525,
  }),
  ...Array.from({ length: 5 }, (_, i) =>
    problem(['people', i, 'id'], 'required', { expected: { code: 'id' } }),
  ),
];

describe('the preview problem list', () => {
  it('names each problem by its path, in German, and counts the ones not shown', () => {
    renderPart(<ProblemList problems={problems} />, 'de');
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      'events[2].person: keine Person hat die ID "niemand"',
      'simulation: der simulierte Zeitraum vom 1900-01-01 bis 2025-04-30 umfasst 45.800 Tage (er beginnt beim frühesten Datum aus from, ersten Versänden und Ereignissen); simuliert werden höchstens 36.525 Tage',
      'people[0].id: fehlt, erwartet: eine ID (eine nicht leere Zeichenkette)',
      'people[1].id: fehlt, erwartet: eine ID (eine nicht leere Zeichenkette)',
      'people[2].id: fehlt, erwartet: eine ID (eine nicht leere Zeichenkette)',
    ]);
    expect(screen.getAllByRole('listitem')[0]!.querySelector('code')!.textContent).toBe(
      'events[2].person',
    );
    expect(screen.getByText('und 2 weitere')).toBeTruthy();
  });
});
