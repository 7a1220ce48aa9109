// The People toolbar's form to the workers' PeopleFilter: streams and cohorts by id, the end
// state, an attribute value typed as a number when it reads as one, a trimmed id search.
import { beforeAll, describe, expect, it } from 'vitest';
import type { PreviewFrame } from '../../src/engine';
import {
  EMPTY_FORM,
  FILE_PEOPLE,
  filterKey,
  isEmptyForm,
  peopleFilterOf,
  scalarOf,
} from '../../src/preview/people/peopleFilter';
import { loadedFixture } from './peopleFixture';

let frame: PreviewFrame;
beforeAll(async () => {
  frame = (await loadedFixture()).frame;
});

describe('people filter from the form', () => {
  it('is no filter at all for an empty form and no selected stream', () => {
    expect(peopleFilterOf(EMPTY_FORM, null, frame)).toBeNull();
    expect(isEmptyForm(EMPTY_FORM)).toBe(true);
    expect(isEmptyForm({ ...EMPTY_FORM, search: '  ' })).toBe(true);
    expect(filterKey(null)).toBe('all');
  });

  it('takes the canvas-selected stream by its index, and ignores one the result lacks', () => {
    expect(peopleFilterOf(EMPTY_FORM, 'late', frame)).toEqual({ stream: 1 });
    expect(peopleFilterOf(EMPTY_FORM, 'gone', frame)).toBeNull();
  });

  it('names the file people -1 and a cohort by its index', () => {
    expect(peopleFilterOf({ ...EMPTY_FORM, cohort: FILE_PEOPLE }, null, frame)).toEqual({
      cohort: -1,
    });
    expect(peopleFilterOf({ ...EMPTY_FORM, cohort: 'lead' }, null, frame)).toEqual({ cohort: 0 });
    expect(peopleFilterOf({ ...EMPTY_FORM, cohort: 'no-such' }, null, frame)).toBeNull();
  });

  it('passes the end state, the attribute condition and the trimmed search', () => {
    const form = {
      cohort: '',
      end: 'exhausted' as const,
      attribute: ' score ',
      op: 'gte' as const,
      value: ' 42 ',
      search: ' Lead-2 ',
    };
    expect(peopleFilterOf(form, 'early', frame)).toEqual({
      stream: 0,
      end: 'exhausted',
      attribute: { name: 'score', op: 'gte', value: 42 },
      search: 'Lead-2',
    });
    // No attribute name: no condition, whatever the value says.
    expect(peopleFilterOf({ ...EMPTY_FORM, value: 'DE' }, null, frame)).toBeNull();
  });

  it('types a value as a number only when all of it reads as one', () => {
    expect(scalarOf('42')).toBe(42);
    expect(scalarOf('-1.5')).toBe(-1.5);
    expect(scalarOf('4a')).toBe('4a');
    expect(scalarOf('DE')).toBe('DE');
    expect(scalarOf('')).toBe('');
    expect(scalarOf('Infinity')).toBe('Infinity');
  });

  it('keys equal filters equally, so caches and queries are shared', () => {
    const a = peopleFilterOf({ ...EMPTY_FORM, search: 'ann' }, 'early', frame);
    const b = peopleFilterOf({ ...EMPTY_FORM, search: ' ann' }, 'early', frame);
    expect(filterKey(a)).toBe(filterKey(b));
    expect(filterKey(a)).not.toBe(filterKey(peopleFilterOf(EMPTY_FORM, 'early', frame)));
  });
});
