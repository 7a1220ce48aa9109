// The hash routes: each place's address reads back as the same place, a share link's data is kept
// exactly as it came (damaged or not, for the opener to judge), and no address crashes the app.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hrefOf, parseRoute, type Route } from '../../src/app/route';

describe('parseRoute', () => {
  it.each<[string, Route]>([
    ['', { page: 'library' }],
    ['#/', { page: 'library' }],
    ['#/program/abc-123', { page: 'program', id: 'abc-123' }],
    ['#/program/a%2Fb%20c', { page: 'program', id: 'a/b c' }],
    ['#/open/v1.AbC_-9', { page: 'open', data: 'v1.AbC_-9' }],
    ['#/open/', { page: 'open', data: '' }],
    ['#/open/v1.ab%20cd/x\ny', { page: 'open', data: 'v1.ab%20cd/x\ny' }],
    ['#/elsewhere', { page: 'library' }],
    ['#/program/', { page: 'library' }],
  ])('reads %j', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('takes a program address with a broken escape to the library instead of throwing', () => {
    expect(parseRoute('#/program/50%')).toEqual({ page: 'library' });
    expect(parseRoute('#/program/%E0%A4%A')).toEqual({ page: 'library' });
  });
});

describe('hrefOf', () => {
  it('writes the share link route with its data as it is', () => {
    expect(hrefOf({ page: 'open', data: 'v1.AbC_-9' })).toBe('#/open/v1.AbC_-9');
  });

  it('is read back as the same route, for any program id and any share data', () => {
    const route = fc.oneof(
      fc.constant<Route>({ page: 'library' }),
      fc.string({ minLength: 1 }).map((id): Route => ({ page: 'program', id })),
      fc.string().map((data): Route => ({ page: 'open', data })),
    );
    fc.assert(fc.property(route, (r) => void expect(parseRoute(hrefOf(r))).toEqual(r)));
  });
});
